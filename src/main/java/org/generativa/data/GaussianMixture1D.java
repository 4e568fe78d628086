package org.generativa.data;

import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;

/** Equal-weight Gaussians on the line, the 1-D view of a GAN's densities (Figure 1 of the GAN paper). */
public final class GaussianMixture1D extends SampledDistribution {

    private final float[] modes;
    private final double sigma;

    public GaussianMixture1D(String name, float[] modes, double sigma) {
        super(name, DataKind.SCALARS);
        this.modes = modes.clone();
        this.sigma = sigma;
    }

    /** Two modes at -2 and +2, sigma 0.5. */
    public static GaussianMixture1D bimodal() {
        return new GaussianMixture1D("bimodal", new float[] {-2f, 2f}, 0.5);
    }

    /** Nearly a point mass at 0 (sigma 0.02): the data of the Dirac-GAN of Mescheder et al. */
    public static GaussianMixture1D dirac() {
        return new GaussianMixture1D("dirac", new float[] {0f}, 0.02);
    }

    public float[] modes() {
        return modes.clone();
    }

    @Override
    public List<String> labelNames() {
        return modeNames(modes.length);
    }

    public double sigma() {
        return sigma;
    }

    /** The mixture's density at {@code x}. */
    public double density(double x) {
        double sum = 0;
        for (float m : modes) {
            double z = (x - m) / sigma;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum / (modes.length * sigma * Math.sqrt(2 * Math.PI));
    }

    /** Labels say which mode each value was drawn from. */
    @Override
    public Batch sample(int count, SplittableRandom random) {
        float[] values = new float[count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(modes.length);
            labels[i] = k;
            values[i] = (float) (modes[k] + sigma * StandardNormal.draw(random));
        }
        return new Batch(values, labels, count, itemShape());
    }
}
