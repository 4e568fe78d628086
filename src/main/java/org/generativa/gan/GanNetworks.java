package org.generativa.gan;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.ConvNets;
import org.generativa.nn.Layers;
import org.generativa.nn.MlpNets;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.RmsPropUpdate;
import org.generativa.nn.SavedWeights;

/**
 * The generator and the discriminator (critic) of one GAN, each with its own optimizer over its own
 * parameters. Image data gets convolutional networks (initialised N(0, 0.02) as in the DCGAN paper)
 * unless the model is the fully connected vanilla GAN.
 *
 * <p>A critic trained with a gradient penalty is fully connected, with a LeakyReLU whose slope mask is
 * detached. The penalty needs a gradient of a gradient; a convolution's second-order graph takes the
 * penalised input as a differentiable input, which ties the input's stored gradient back to the
 * input itself, and DJL cannot clear that gradient, so every step's graph would stay in memory.
 */
public final class GanNetworks implements AutoCloseable {

    private static final String GENERATOR_FILE = "generator.params";
    private static final String DISCRIMINATOR_FILE = "discriminator.params";
    private static final float LEAK = 0.2f;
    /** Hidden width of the fully connected critic that WGAN-GP uses on images (the width setting sizes its conv generator). */
    private static final int DENSE_CRITIC_WIDTH = 512;

    private final NDManager manager;
    private final Block generator;
    private final Block discriminator;
    private final ParameterStore store;
    private final ParameterGroup generatorParams;
    private final ParameterGroup discriminatorParams;
    private final AdjustableRate lrG;
    private final AdjustableRate lrD;
    private final int latentSize;
    private final int classes;
    private final int[] itemShape;
    private final boolean convG;
    private final boolean convD;

    /**
     * @param itemShape {@code {d}} for points and values, {@code {c, h, w}} for images
     * @param classes number of classes the networks are conditioned on, 0 for none
     */
    public GanNetworks(NDManager parent, GanConfig config, int[] itemShape, boolean images, int classes) {
        this.manager = parent.newSubManager();
        this.latentSize = config.latentSize();
        this.classes = classes;
        this.itemShape = itemShape.clone();
        this.convG = images && !config.model().alwaysDense();
        this.convD = convG && !config.model().gradientPenalty();
        int itemSize = 1;
        for (int d : itemShape) {
            itemSize *= d;
        }
        float dropout = (float) config.tricks().dropout();
        boolean mbStd = config.tricks().minibatchStd();
        Supplier<Block> leaky = config.model().gradientPenalty()
                ? () -> Layers.leakyReluDetachedMask(LEAK)
                : () -> Activation.leakyReluBlock(LEAK);
        if (convG) {
            generator = ConvNets.generator(itemShape[1], itemShape[0], config.hiddenWidth());
            generator.setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        } else {
            generator = MlpNets.generator(config.hiddenWidth(), itemSize, images);
        }
        if (convD) {
            discriminator = ConvNets.discriminator(itemShape[1], config.hiddenWidth(), dropout, mbStd, leaky);
            discriminator.setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        } else {
            int hidden = convG ? DENSE_CRITIC_WIDTH : config.hiddenWidth();
            discriminator = MlpNets.discriminator(hidden, dropout, mbStd, leaky);
        }
        generator.initialize(manager, DataType.FLOAT32, inputs(new Shape(2, latentSize)));
        discriminator.initialize(manager, DataType.FLOAT32, inputs(discriminatorInput(2)));
        store = new ParameterStore(manager, false);
        lrG = new AdjustableRate(config.lrG());
        lrD = new AdjustableRate(config.lrD());
        generatorParams = new ParameterGroup(generator, optimizer(config, lrG));
        discriminatorParams = new ParameterGroup(discriminator, optimizer(config, lrD));
    }

    private Shape[] inputs(Shape x) {
        return classes > 0 ? new Shape[] {x, new Shape(x.get(0), classes)} : new Shape[] {x};
    }

    private static Optimizer optimizer(GanConfig config, AdjustableRate rate) {
        if (config.model().clipsWeights()) {
            return new RmsPropUpdate(rate, RmsPropUpdate.DEFAULT_ALPHA, RmsPropUpdate.DEFAULT_EPSILON);
        }
        return Optimizer.adam().optLearningRateTracker(rate).optBeta1((float) config.beta1())
                .optBeta2((float) config.beta2()).build();
    }

    public int latentSize() {
        return latentSize;
    }

    public int classes() {
        return classes;
    }

    public Block generator() {
        return generator;
    }

    public Block discriminator() {
        return discriminator;
    }

    public ParameterGroup generatorParameters() {
        return generatorParams;
    }

    public ParameterGroup discriminatorParameters() {
        return discriminatorParams;
    }

    public void setLearningRates(double g, double d) {
        lrG.set(g);
        lrD.set(d);
    }

    /** The shape of {@code n} items as D takes them: (n, c, h, w) for a convolutional D, (n, c * h * w) otherwise. */
    public Shape discriminatorInput(long n) {
        if (convD) {
            return new Shape(n, itemShape[0], itemShape[1], itemShape[2]);
        }
        long size = 1;
        for (int d : itemShape) {
            size *= d;
        }
        return new Shape(n, size);
    }

    public NDArray noise(NDManager m, int count) {
        return m.randomNormal(new Shape(count, latentSize));
    }

    /** Rows of data as the discriminator takes them: images as (n, c, h, w) for convolutional nets, flat otherwise. */
    public NDArray shapeForD(NDArray flat) {
        long n = flat.getShape().get(0);
        return convD ? flat.reshape(n, itemShape[0], itemShape[1], itemShape[2]) : flat.reshape(n, -1);
    }

    /** G(z, y), shaped for D; {@code y} is a one-hot class or null. */
    public NDArray generate(NDArray z, NDArray y, boolean training) {
        return generator.forward(store, y == null ? new NDList(z) : new NDList(z, y), training).singletonOrThrow();
    }

    /** D's raw outputs, one per row. */
    public NDArray discriminate(NDArray x, NDArray y, boolean training) {
        NDList inputs = y == null ? new NDList(x) : new NDList(x, y);
        return discriminator.forward(store, inputs, training).singletonOrThrow().flatten();
    }

    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(directory.resolve(GENERATOR_FILE)))) {
            generator.saveParameters(out);
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(directory.resolve(DISCRIMINATOR_FILE)))) {
            discriminator.saveParameters(out);
        }
    }

    /** Loads what {@link #save} wrote into these networks, which must have been built from the same config. */
    public void load(Path directory) throws IOException, MalformedModelException {
        SavedWeights.load(generator, manager, directory.resolve(GENERATOR_FILE));
        SavedWeights.load(discriminator, manager, directory.resolve(DISCRIMINATOR_FILE));
    }

    @Override
    public void close() {
        manager.close();
    }
}
