package org.generativa.gan;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.Mlp;
import org.generativa.nn.ParameterGroup;

/**
 * Goodfellow et al.'s GAN with fully connected players: G maps noise to data, D maps data to one
 * logit. Each player has its own optimizer over its own parameters only.
 */
public final class VanillaGan implements AutoCloseable {

    /** What one discriminator step measured, before its update. */
    public record DStats(float loss, float meanDReal, float meanDFake) {}

    /** What one generator step measured, before its update. */
    public record GStats(float loss, float gradientNorm) {}

    private static final String GENERATOR_FILE = "generator.params";
    private static final String DISCRIMINATOR_FILE = "discriminator.params";

    private final NDManager manager;
    private final Block generator;
    private final Block discriminator;
    private final ParameterStore store;
    private final ParameterGroup generatorParams;
    private final ParameterGroup discriminatorParams;
    private final AdjustableRate lrG;
    private final AdjustableRate lrD;
    private final int latentSize;
    private volatile GanLoss loss;

    public VanillaGan(NDManager parent, GanConfig config, int itemSize, boolean imageOutput) {
        this.manager = parent.newSubManager();
        this.latentSize = config.latentSize();
        this.loss = config.loss();
        int h = config.hiddenWidth();
        generator = Mlp.of(new int[] {h, h}, Activation::reluBlock, itemSize,
                imageOutput ? Activation.tanhBlock() : null);
        discriminator = Mlp.of(new int[] {h, h}, () -> Activation.leakyReluBlock(0.2f), 1, null);
        generator.initialize(manager, DataType.FLOAT32, new Shape(1, latentSize));
        discriminator.initialize(manager, DataType.FLOAT32, new Shape(1, itemSize));
        store = new ParameterStore(manager, false);
        lrG = new AdjustableRate(config.lrG());
        lrD = new AdjustableRate(config.lrD());
        generatorParams = new ParameterGroup(generator, adam(lrG, config.beta1()));
        discriminatorParams = new ParameterGroup(discriminator, adam(lrD, config.beta1()));
    }

    private static Optimizer adam(AdjustableRate rate, double beta1) {
        return Optimizer.adam().optLearningRateTracker(rate).optBeta1((float) beta1).optBeta2(0.999f).build();
    }

    public int latentSize() {
        return latentSize;
    }

    public Block generator() {
        return generator;
    }

    public Block discriminator() {
        return discriminator;
    }

    public void setLearningRates(double g, double d) {
        lrG.set(g);
        lrD.set(d);
    }

    public void setLoss(GanLoss loss) {
        this.loss = loss;
    }

    public NDArray noise(NDManager m, int count) {
        return m.randomNormal(new Shape(count, latentSize));
    }

    /** G(z) without building a graph (for previews and the discriminator's step). */
    public NDArray generate(NDArray z) {
        return generator.forward(store, new NDList(z), false).singletonOrThrow();
    }

    /** D's probability that each row of {@code x} is real. */
    public NDArray discriminate(NDArray x) {
        return Activation.sigmoid(discriminator.forward(store, new NDList(x), false).singletonOrThrow());
    }

    /** One update of D on a real batch and an equally sized batch of fresh fakes. */
    public DStats trainDiscriminator(NDArray real) {
        NDManager m = real.getManager();
        // Detached: whatever the thread's grad mode, D's loss must not put gradients on G.
        NDArray fake = generate(noise(m, (int) real.getShape().get(0))).stopGradient();
        DStats stats;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray realLogits = logits(real);
            NDArray fakeLogits = logits(fake);
            NDArray lossD = loss.discriminatorLoss(realLogits, fakeLogits);
            collector.backward(lossD);
            stats = new DStats(lossD.getFloat(), meanProbability(realLogits), meanProbability(fakeLogits));
        }
        discriminatorParams.update();
        return stats;
    }

    /** One update of G through a frozen D. */
    public GStats trainGenerator(NDManager m, int batchSize) {
        GStats stats;
        discriminatorParams.freeze();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray fake = generator.forward(store, new NDList(noise(m, batchSize)), true).singletonOrThrow();
            NDArray lossG = loss.generatorLoss(logits(fake));
            collector.backward(lossG);
            stats = new GStats(lossG.getFloat(), (float) generatorParams.gradientNorm());
        } finally {
            discriminatorParams.unfreeze();
        }
        generatorParams.update();
        return stats;
    }

    private NDArray logits(NDArray x) {
        return discriminator.forward(store, new NDList(x), true).singletonOrThrow();
    }

    private static float meanProbability(NDArray logits) {
        return Activation.sigmoid(logits).mean().getFloat();
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

    @Override
    public void close() {
        manager.close();
    }
}
