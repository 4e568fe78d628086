package org.generativa.lab;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture1D;
import org.generativa.data.GaussianMixture2D;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanNetworks;
import org.generativa.metrics.ModeCoverage;

/**
 * Looks inside a GAN on toy data without training it: D over the whole plane, G's warp of a noise grid,
 * and where G's gradient pushes each generated point. Runs on the engine thread.
 */
final class ToyProbe implements AutoCloseable {

    static final int SHOWN_POINTS = 1_000;
    static final int MEASURED_POINTS = 2_500;
    static final int HEAT_SIDE = 64;
    static final int MANIFOLD_SIDE = 21;
    static final int ARROWS = 250;
    /** The noise grid of the manifold spans this many standard deviations along the first two noise dimensions. */
    private static final float MANIFOLD_SPAN = 2f;

    private final GanExperiment experiment;
    private final GanNetworks nets;
    private final NDManager manager;
    private final NDArray fixedNoise;
    private final NDArray manifoldNoise;
    private final float[] real;
    private final float[][] modes;
    private final double sigma;
    private final int dimensions;
    private final double extent;

    ToyProbe(NDManager parent, GanExperiment experiment) {
        this.experiment = experiment;
        this.nets = experiment.networks();
        this.manager = parent.newSubManager();
        Dataset data = experiment.dataset();
        this.dimensions = data.itemSize();
        if (data instanceof GaussianMixture2D mixture) {
            modes = mixture.modes();
            sigma = mixture.sigma();
        } else if (data instanceof GaussianMixture1D mixture) {
            float[] centres = mixture.modes();
            modes = new float[centres.length][];
            for (int i = 0; i < centres.length; i++) {
                modes[i] = new float[] {centres[i]};
            }
            sigma = mixture.sigma();
        } else {
            throw new IllegalArgumentException(data.name() + " is not a mixture with known modes");
        }
        this.extent = extentOf(modes);
        this.fixedNoise = nets.noise(manager, SHOWN_POINTS);
        this.manifoldNoise = dimensions == 2 ? manager.create(noiseGrid(nets.latentSize()),
                new Shape((long) MANIFOLD_SIDE * MANIFOLD_SIDE, nets.latentSize())) : null;
        this.real = data.sample(SHOWN_POINTS, new SplittableRandom(experiment.config().seed() + 7)).values();
    }

    /**
     * Half the width of the square plot: the modes with a quarter of their reach and half a unit to spare, and at
     * least 2 so that a generator around a single point has room to swing.
     */
    static double extentOf(float[][] modes) {
        double reach = 0;
        for (float[] mode : modes) {
            for (float c : mode) {
                reach = Math.max(reach, Math.abs(c));
            }
        }
        return Math.max(2, 1.25 * reach + 0.5);
    }

    private static float[] noiseGrid(int latentSize) {
        float[] z = new float[MANIFOLD_SIDE * MANIFOLD_SIDE * latentSize];
        for (int r = 0; r < MANIFOLD_SIDE; r++) {
            for (int c = 0; c < MANIFOLD_SIDE; c++) {
                int row = (r * MANIFOLD_SIDE + c) * latentSize;
                z[row] = -MANIFOLD_SPAN + 2 * MANIFOLD_SPAN * c / (MANIFOLD_SIDE - 1);
                if (latentSize > 1) {
                    z[row + 1] = MANIFOLD_SPAN - 2 * MANIFOLD_SPAN * r / (MANIFOLD_SIDE - 1);
                }
            }
        }
        return z;
    }

    float[][] modes() {
        return modes;
    }

    double sigma() {
        return sigma;
    }

    /** Mode metrics of {@link #MEASURED_POINTS} fresh samples (DESIGN: VEEGAN / PacGAN definitions). */
    ModeCoverage coverage() {
        return measure(experiment.sample(MEASURED_POINTS));
    }

    private ModeCoverage measure(float[] samples) {
        if (dimensions == 2) {
            return ModeCoverage.measure(samples, modes, sigma);
        }
        float[] flat = new float[2 * samples.length];
        for (int i = 0; i < samples.length; i++) {
            flat[2 * i] = samples[i];
        }
        float[][] onLine = new float[modes.length][];
        for (int i = 0; i < modes.length; i++) {
            onLine[i] = new float[] {modes[i][0], 0};
        }
        return ModeCoverage.measure(flat, onLine, sigma);
    }

    ToyFrame frame() {
        GanLoss loss = experiment.config().loss();
        try (NDManager m = manager.newSubManager()) {
            NDArray z = fixedNoise.duplicate();
            z.attach(m);
            NDArray fake = nets.generateCurrent(z, null);
            float[] fakeValues = fake.toFloatArray();
            float[] arrows = arrows(m, fakeValues);
            float[] heat = heat(m, loss);
            float[] manifold = null;
            if (manifoldNoise != null) {
                NDArray grid = manifoldNoise.duplicate();
                grid.attach(m);
                manifold = nets.generateCurrent(grid, null).toFloatArray();
            }
            double yExtent = dimensions == 2 ? extent : 0;
            return new ToyFrame(experiment.steps(), dimensions, real, fakeValues, arrows, -extent, extent, -yExtent,
                    yExtent, HEAT_SIDE, heat, loss.hasTargets(), manifold == null ? 0 : MANIFOLD_SIDE, manifold, modes,
                    sigma, coverage());
        }
    }

    /** D's output on a grid over the plot, as the loss reads it (a probability or a critic value). */
    private float[] heat(NDManager m, GanLoss loss) {
        int count = dimensions == 2 ? HEAT_SIDE * HEAT_SIDE : HEAT_SIDE;
        float[] points = new float[count * dimensions];
        for (int i = 0; i < count; i++) {
            int c = i % HEAT_SIDE;
            int r = i / HEAT_SIDE;
            points[i * dimensions] = (float) (-extent + 2 * extent * (c + 0.5) / HEAT_SIDE);
            if (dimensions == 2) {
                points[i * dimensions + 1] = (float) (extent - 2 * extent * (r + 0.5) / HEAT_SIDE);
            }
        }
        NDArray x = m.create(points, new Shape(count, dimensions));
        return loss.score(nets.discriminateEach(x, null, false)).toFloatArray();
    }

    /** -dL_G/dx at the first {@link #ARROWS} generated points, with D frozen: where G's update pushes them. */
    private float[] arrows(NDManager m, float[] fakeValues) {
        int count = Math.min(ARROWS, fakeValues.length / dimensions);
        float[] head = new float[count * dimensions];
        System.arraycopy(fakeValues, 0, head, 0, head.length);
        float[] gradient = experiment.generatorPull(m, m.create(head, new Shape(count, dimensions)));
        double longest = 0;
        for (int i = 0; i < count; i++) {
            double norm = 0;
            for (int d = 0; d < dimensions; d++) {
                norm += gradient[i * dimensions + d] * gradient[i * dimensions + d];
            }
            longest = Math.max(longest, Math.sqrt(norm));
        }
        float scale = longest > 0 ? (float) (0.2 * extent / longest) : 0f;
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] *= scale;
        }
        return gradient;
    }

    @Override
    public void close() {
        manager.close();
    }
}
