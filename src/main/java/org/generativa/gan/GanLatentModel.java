package org.generativa.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.data.HeldOutCache;
import org.generativa.data.HeldOutItems;
import org.generativa.family.LatentModel;

/**
 * A GAN's generator as a latent model: codes are its N(0, I) noise, decoded images are mapped from the
 * generator's [-1, 1] to [0, 1]. A conditional GAN takes a class with every code. There is no encoder.
 */
final class GanLatentModel implements LatentModel {

    private final GanExperiment experiment;
    private final GanNetworks nets;
    private final boolean images;
    private final HeldOutCache heldOut;

    GanLatentModel(GanExperiment experiment) {
        this.experiment = experiment;
        this.nets = experiment.networks();
        this.images = experiment.dataset().kind() == DataKind.IMAGES;
        // The images an autoencoder of the same data holds out, so both families show the same items.
        this.heldOut = new HeldOutCache(experiment.dataset(), HeldOutItems.HELD_OUT_IMAGES);
    }

    @Override
    public int latentSize() {
        return nets.latentSize();
    }

    @Override
    public boolean hasEncoder() {
        return false;
    }

    @Override
    public List<String> conditionClasses() {
        return nets.classes() > 0 ? experiment.dataset().labelNames() : List.of();
    }

    @Override
    public Dataset dataset() {
        return experiment.dataset();
    }

    @Override
    public float[] decode(float[] codes, int count, int[] classes) {
        if (nets.classes() > 0 && (classes == null || classes.length != count)) {
            throw new IllegalArgumentException("a conditional generator needs one class per code");
        }
        // The generator's parameters live on the networks' manager; per-call arrays go on a child of it.
        NDManager owner = nets.generator().getParameters().valueAt(0).getArray().getManager();
        float[] out;
        try (NDManager m = owner.newSubManager()) {
            NDArray z = m.create(codes, new Shape(count, nets.latentSize()));
            NDArray y = nets.classes() > 0 ? m.create(classes).oneHot(nets.classes()) : null;
            out = nets.generate(z, y, false).toFloatArray();
        }
        if (images) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (out[i] + 1) * 0.5f;
            }
        }
        return out;
    }

    @Override
    public float[] encode(float[] items, int count) {
        throw new UnsupportedOperationException("a GAN has no encoder");
    }

    @Override
    public float[] samplePrior(int count, long seed) {
        return StandardNormal.sample(count * nets.latentSize(), new SplittableRandom(seed));
    }

    @Override
    public Importance importanceKind() {
        return Importance.EQUAL;
    }

    @Override
    public double[] dimensionImportance() {
        double[] ones = new double[nets.latentSize()];
        Arrays.fill(ones, 1);
        return ones;
    }

    @Override
    public HeldOutItems heldOutItems(int max) {
        return heldOut.get(max);
    }
}
