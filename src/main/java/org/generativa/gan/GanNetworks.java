package org.generativa.gan;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.CheckpointFiles;
import org.generativa.nn.NetworkState;
import org.generativa.nn.ConvNets;
import org.generativa.nn.Layers;
import org.generativa.nn.MlpNets;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.RestorableAdam;
import org.generativa.nn.RmsPropUpdate;
import org.generativa.nn.SavedWeights;
import org.generativa.nn.SgdUpdate;

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
    private static final String GENERATOR_OPTIMIZER_FILE = "generator.optimizer";
    private static final String DISCRIMINATOR_OPTIMIZER_FILE = "discriminator.optimizer";
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
    private final int packing;
    private final Supplier<Block> generatorShape;
    private final Shape[] generatorInputs;
    private final LatentNoise noise;
    /** G's exponential moving average, built on first use; inference uses it while it is active. */
    private Block averageGenerator;
    private boolean averageActive;
    /** Updates of the average since it began as a copy of G. */
    private long averageUpdates;

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
        this.packing = config.tricks().packing();
        int itemSize = 1;
        for (int d : itemShape) {
            itemSize *= d;
        }
        float dropout = (float) config.tricks().dropout();
        boolean mbStd = config.tricks().minibatchStd();
        Supplier<Block> leaky = config.model().gradientPenalty()
                ? () -> Layers.leakyReluDetachedMask(LEAK)
                : () -> Activation.leakyReluBlock(LEAK);
        int flatSize = itemSize;
        generatorShape = convG
                ? () -> ConvNets.generator(itemShape[1], itemShape[0], config.hiddenWidth(), config.upsample())
                : () -> MlpNets.generator(config.hiddenWidth(), config.depth(), flatSize, images);
        generator = generatorShape.get();
        if (convG) {
            generator.setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        }
        if (convD) {
            discriminator = ConvNets.discriminator(itemShape[1], config.hiddenWidth(), dropout, mbStd, leaky);
            discriminator.setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
        } else {
            int hidden = convG ? DENSE_CRITIC_WIDTH : config.hiddenWidth();
            int depth = convG ? GanConfig.DEFAULT_DEPTH : config.depth();
            discriminator = MlpNets.discriminator(hidden, depth, dropout, mbStd, leaky);
        }
        Shape[] gInputs = inputs(new Shape(2, latentSize), 1);
        generatorInputs = gInputs;
        generator.initialize(manager, DataType.FLOAT32, gInputs);
        discriminator.initialize(manager, DataType.FLOAT32, inputs(discriminatorInput(2), packing));
        store = new ParameterStore(manager, false);
        lrG = new AdjustableRate(config.lrG());
        lrD = new AdjustableRate(config.lrD());
        generatorParams = new ParameterGroup(generator, optimizer(config, lrG));
        discriminatorParams = new ParameterGroup(discriminator, optimizer(config, lrD));
        this.noise = config.noise();
        setWeightDecay(config.weightDecay());
    }

    private Shape[] inputs(Shape x, int conditionCopies) {
        return classes > 0 ? new Shape[] {x, new Shape(x.get(0), conditionCopies * classes)} : new Shape[] {x};
    }

    private static Optimizer optimizer(GanConfig config, AdjustableRate rate) {
        return switch (config.optimizer()) {
            case RMSPROP -> new RmsPropUpdate(rate, RmsPropUpdate.DEFAULT_ALPHA, RmsPropUpdate.DEFAULT_EPSILON);
            case SGD -> new SgdUpdate(rate);
            case ADAM -> new RestorableAdam(rate, (float) config.beta1(), (float) config.beta2());
        };
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

    /** Weight decay {@code lambda sum w^2} on both players' weights. */
    public void setWeightDecay(double lambda) {
        generatorParams.setWeightDecay(lambda);
        discriminatorParams.setWeightDecay(lambda);
    }

    /**
     * The shape of {@code n} inputs of D: (n, m c, h, w) for a convolutional D, (n, m c h w) otherwise, with m the
     * packing (1 without).
     */
    public Shape discriminatorInput(long n) {
        if (convD) {
            return new Shape(n, (long) packing * itemShape[0], itemShape[1], itemShape[2]);
        }
        long size = packing;
        for (int d : itemShape) {
            size *= d;
        }
        return new Shape(n, size);
    }

    /** {@code count} rows of z from the configured distribution. */
    public NDArray noise(NDManager m, int count) {
        Shape shape = new Shape(count, latentSize);
        return noise == LatentNoise.UNIFORM ? m.randomUniform(-1, 1, shape) : m.randomNormal(shape);
    }

    public LatentNoise noiseKind() {
        return noise;
    }

    /** Rows of data as the discriminator takes them: images as (n, c, h, w) for convolutional nets, flat otherwise. */
    public NDArray shapeForD(NDArray flat) {
        long n = flat.getShape().get(0);
        return convD ? flat.reshape(n, itemShape[0], itemShape[1], itemShape[2]) : flat.reshape(n, -1);
    }

    /** Samples per discriminator input (PacGAN); 1 without packing. */
    public int packing() {
        return packing;
    }

    /**
     * Groups consecutive rows of {@code shaped} (items shaped for D, or one-hot classes) into packs of
     * {@link #packing()}: dense rows are concatenated, images stacked along channels. n items give n / m packs.
     */
    public NDArray pack(NDArray shaped) {
        if (packing == 1 || shaped == null) {
            return shaped;
        }
        long n = shaped.getShape().get(0);
        GanConfig.checkPacking((int) n, packing);
        long[] dims = shaped.getShape().getShape().clone();
        dims[0] = n / packing;
        dims[1] *= packing;
        return shaped.reshape(new Shape(dims));
    }

    /**
     * D's raw output for each item on its own, each presented as a pack of {@link #packing()} copies of
     * itself (the discriminator's value at a point, for heat maps and 1-D curves).
     *
     * @param flat items, one row each, in D's range
     * @param y their one-hot classes, or null
     */
    public NDArray discriminateEach(NDArray flat, NDArray y, boolean training) {
        return discriminate(pack(copies(shapeForD(flat))), pack(copies(y)), training);
    }

    /** Each row {@link #packing()} times in a row: (n, ...) becomes (n m, ...). */
    private NDArray copies(NDArray rows) {
        if (packing == 1 || rows == null) {
            return rows;
        }
        long[] dims = rows.getShape().getShape();
        long[] expanded = new long[dims.length + 1];
        expanded[0] = dims[0];
        expanded[1] = packing;
        System.arraycopy(dims, 1, expanded, 2, dims.length - 1);
        long[] stacked = dims.clone();
        stacked[0] = dims[0] * packing;
        return rows.expandDims(1).broadcast(new Shape(expanded)).reshape(new Shape(stacked));
    }

    /**
     * G(z, y), shaped for D; {@code y} is a one-hot class or null. Outside training (samples, previews,
     * the latent explorer) this is the weight-averaged generator while averaging is on.
     */
    public NDArray generate(NDArray z, NDArray y, boolean training) {
        return run(!training && averageActive ? averageGenerator : generator, z, y, training);
    }

    /** G itself in inference mode, never its weight average: what the lab draws, so each G step shows at once. */
    public NDArray generateCurrent(NDArray z, NDArray y) {
        return run(generator, z, y, false);
    }

    private NDArray run(Block g, NDArray z, NDArray y, boolean training) {
        return g.forward(store, y == null ? new NDList(z) : new NDList(z, y), training).singletonOrThrow();
    }

    /**
     * Moves the averaged generator towards G: {@code a = d a + (1 - d) w} for every parameter (batch-norm statistics
     * included), with {@code d = min(decay, (1 + n) / (10 + n))} at the n-th update since the average began. The
     * ramp keeps early samples from being dragged back towards the first, untrained G: with a fixed 0.99 the average
     * of the first 200 DCGAN steps still draws noise. The first call after averaging was off copies G; a decay of 0
     * turns averaging off. Training never reads the average.
     */
    public void updateGeneratorAverage(double decay) {
        if (decay <= 0) {
            averageActive = false;
            return;
        }
        if (averageGenerator == null) {
            averageGenerator = generatorShape.get();
            // Constant start values: building the copy must not draw from the engine's random stream.
            averageGenerator.setInitializer(new ConstantInitializer(0f), Parameter.Type.WEIGHT);
            averageGenerator.setInitializer(new ConstantInitializer(0f), Parameter.Type.BIAS);
            averageGenerator.setInitializer(new ConstantInitializer(0f), Parameter.Type.GAMMA);
            averageGenerator.initialize(manager, DataType.FLOAT32, generatorInputs);
            averageGenerator.getParameters().values().forEach(p -> p.getArray().setRequiresGradient(false));
        }
        averageUpdates = averageActive ? averageUpdates + 1 : 0;
        double d = Math.min(decay, averageDecay(averageUpdates));
        List<Parameter> raw = new ArrayList<>(generator.getParameters().values());
        List<Parameter> average = new ArrayList<>(averageGenerator.getParameters().values());
        try (NDManager scratch = manager.newSubManager()) {
            for (int i = 0; i < raw.size(); i++) {
                NDArray w = raw.get(i).getArray();
                NDArray a = average.get(i).getArray();
                if (averageUpdates > 0) {
                    NDArray step = w.mul((float) (1 - d));
                    step.attach(scratch);
                    a.muli((float) d).addi(step);
                } else {
                    a.set(new NDIndex(":"), w);
                }
            }
        }
        averageActive = true;
    }

    /** The most the average may keep of itself at its n-th update: (1 + n) / (10 + n), 0.1 at the copy. */
    static double averageDecay(long n) {
        return (1.0 + n) / (10.0 + n);
    }

    /** Whether inference uses the averaged generator. */
    public boolean generatorAveraged() {
        return averageActive;
    }

    /** D's raw outputs, one per row; rows are packs when packing is on (see {@link #pack}). */
    public NDArray discriminate(NDArray x, NDArray y, boolean training) {
        NDList inputs = y == null ? new NDList(x) : new NDList(x, y);
        return discriminator.forward(store, inputs, training).singletonOrThrow().flatten();
    }

    /** Whether every weight of G and D is a number. */
    public boolean weightsFinite() {
        return CheckpointFiles.finite(generator) && CheckpointFiles.finite(discriminator);
    }

    /** A copy of both networks and their optimizers' states, to go back to after a diverged step. */
    public NetworkState copyState() {
        return NetworkState.of(manager, List.of(generatorParams, discriminatorParams));
    }

    /** Goes back to {@code state}; the generator's average, if any, starts again from the restored G. */
    public void restore(NetworkState state) {
        state.restore();
        averageActive = false;
    }

    /**
     * Writes D and the generator that inference uses (the averaged one while averaging is on), and both
     * optimizers' states, so training can go on where it stopped.
     */
    public void save(Path directory) throws IOException {
        Block inference = averageActive ? averageGenerator : generator;
        CheckpointFiles.save(directory, List.of(inference, discriminator), folder -> {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(folder.resolve(GENERATOR_FILE)))) {
                inference.saveParameters(out);
            }
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(folder.resolve(DISCRIMINATOR_FILE)))) {
                discriminator.saveParameters(out);
            }
            generatorParameters().saveOptimizer(folder.resolve(GENERATOR_OPTIMIZER_FILE));
            discriminatorParameters().saveOptimizer(folder.resolve(DISCRIMINATOR_OPTIMIZER_FILE));
        });
    }

    /**
     * Loads what {@link #save} wrote into these networks, which must have been built from the same config. Folders
     * saved without optimizer states leave the optimizers fresh.
     */
    public void load(Path directory) throws IOException, MalformedModelException {
        SavedWeights.load(generator, manager, directory.resolve(GENERATOR_FILE));
        SavedWeights.load(discriminator, manager, directory.resolve(DISCRIMINATOR_FILE));
        SavedWeights.loadOptimizer(generatorParameters(), directory.resolve(GENERATOR_OPTIMIZER_FILE));
        SavedWeights.loadOptimizer(discriminatorParameters(), directory.resolve(DISCRIMINATOR_OPTIMIZER_FILE));
        averageActive = false;
    }

    @Override
    public void close() {
        manager.close();
    }
}
