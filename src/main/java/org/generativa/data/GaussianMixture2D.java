package org.generativa.data;

import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;

/** Equal-weight isotropic Gaussian modes in the plane: the classic toy targets for GANs. */
public final class GaussianMixture2D extends SampledDistribution {

    private final float[][] modes;
    private final double sigma;

    public GaussianMixture2D(String name, float[][] modes, double sigma) {
        super(name, DataKind.POINTS);
        this.modes = modes;
        this.sigma = sigma;
    }

    /** Eight modes evenly spaced on a circle of radius 2, sigma 0.02. */
    public static GaussianMixture2D ring8() {
        float[][] modes = new float[8][];
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            modes[k] = new float[] {(float) (2 * Math.cos(angle)), (float) (2 * Math.sin(angle))};
        }
        return new GaussianMixture2D("ring8", modes, 0.02);
    }

    /** Twenty-five modes on the grid {-4,-2,0,2,4}^2, sigma 0.05. */
    public static GaussianMixture2D grid25() {
        float[][] modes = new float[25][];
        int k = 0;
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                modes[k++] = new float[] {2f * i, 2f * j};
            }
        }
        return new GaussianMixture2D("grid25", modes, 0.05);
    }

    public float[][] modes() {
        return modes;
    }

    @Override
    public List<String> labelNames() {
        return modeNames(modes.length);
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public Batch sample(int count, SplittableRandom random) {
        float[] values = new float[count * 2];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int k = random.nextInt(modes.length);
            labels[i] = k;
            values[2 * i] = (float) (modes[k][0] + sigma * StandardNormal.draw(random));
            values[2 * i + 1] = (float) (modes[k][1] + sigma * StandardNormal.draw(random));
        }
        return new Batch(values, labels, count, itemShape());
    }
}
