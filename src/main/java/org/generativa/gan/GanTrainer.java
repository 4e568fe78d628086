package org.generativa.gan;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.generativa.data.Batch;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.Scalars;

/**
 * One discriminator (critic) step and one generator step of any GAN of the family, with the
 * configured loss and tricks. D's step never touches G's weights (G's output is detached) and G's
 * step never touches D's (D is frozen while G's loss flows through it, and an unrolled D is restored).
 * With packing, D's outputs, scores and the label-flip draws are per pack, not per sample.
 */
public final class GanTrainer {

    /**
     * What one D step measured before its update. Scores are probabilities for cross-entropy losses and
     * raw outputs otherwise; tp/fn are shares of the real examples called real/fake at the threshold,
     * fp/tn shares of the fake ones.
     */
    public record DStats(float loss, float scoreReal, float scoreFake, float tp, float fn, float fp, float tn,
            float wassersteinEstimate, float penalty) {}

    /** What one G step measured before its update. */
    public record GStats(float loss, float gradientNorm) {}

    private final GanNetworks nets;
    private final SplittableRandom random;
    private final ReplayBuffer replay;
    private final int itemSize;
    private volatile GanConfig config;

    public GanTrainer(GanNetworks nets, GanConfig config, int itemSize) {
        this.nets = nets;
        this.config = config;
        this.itemSize = itemSize;
        this.random = new SplittableRandom(config.seed() ^ 0x6A09E667F3BCC909L);
        this.replay = new ReplayBuffer(itemSize, config.seed());
    }

    public void applyLive(GanConfig updated) {
        config = updated;
        nets.setLearningRates(updated.lrG(), updated.lrD());
        nets.setWeightDecay(updated.weightDecay());
    }

    /** Random classes for fakes (uniform), or null when the model is unconditional. */
    public int[] randomClasses(int count) {
        if (nets.classes() == 0) {
            return null;
        }
        int[] classes = new int[count];
        for (int i = 0; i < count; i++) {
            classes[i] = random.nextInt(nets.classes());
        }
        return classes;
    }

    /** One-hot rows for {@code classes}, or null. */
    public NDArray oneHot(NDManager m, int[] classes) {
        return classes == null ? null : m.create(classes).oneHot(nets.classes());
    }

    /**
     * @param realFlat a real batch, one row per example, in the generator's output range
     * @param realClasses their classes (used by conditional models)
     */
    public DStats trainDiscriminator(NDManager m, NDArray realFlat, int[] realClasses) {
        return discriminatorStep(m, realFlat, realClasses, true);
    }

    /**
     * @param remember whether this step's fakes enter the replay buffer (not for the unrolled steps that are undone)
     */
    private DStats discriminatorStep(NDManager m, NDArray realFlat, int[] realClasses, boolean remember) {
        GanConfig c = config;
        int n = (int) realFlat.getShape().get(0);
        int packs = packCount(n);
        int[] fakeClasses = randomClasses(n);
        NDArray fake = nets.generate(nets.noise(m, n), oneHot(m, fakeClasses), true).stopGradient();
        if (c.tricks().replayBatches() > 0) {
            fake = replayed(m, fake, fakeClasses, c, remember);
        } else {
            replay.resize(0);
        }
        NDArray real = nets.shapeForD(realFlat);
        fake = nets.shapeForD(fake.reshape(n, -1));
        if (c.tricks().instanceNoise() > 0) {
            real = real.add(m.randomNormal(real.getShape()).mul((float) c.tricks().instanceNoise()));
            fake = fake.add(m.randomNormal(fake.getShape()).mul((float) c.tricks().instanceNoise()));
        }
        real = nets.pack(real);
        fake = nets.pack(fake);
        NDArray yReal = nets.classes() > 0 ? nets.pack(oneHot(m, realClasses)) : null;
        NDArray yFake = nets.pack(oneHot(m, fakeClasses));
        NDArray presentedReal = m.create(presentedAsReal(packs, c.tricks().labelFlip()));
        float smoothing = c.loss().hasTargets() ? (float) c.tricks().labelSmoothing() : 0f;
        DStats stats;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray realOut = nets.discriminate(real, yReal, true);
            NDArray fakeOut = nets.discriminate(fake, yFake, true);
            NDArray loss = c.loss().discriminatorLoss(realOut.concat(fakeOut), presentedReal, smoothing, packs);
            NDArray gp = null;
            if (c.model().gradientPenalty()) {
                gp = GradientPenalty.of(nets, real, fake, yReal);
                loss = loss.add(Scalars.times(gp, c.gpLambda()));
            }
            collector.backward(loss);
            stats = measure(c.loss(), loss, realOut, fakeOut, gp);
        }
        nets.discriminatorParameters().update();
        if (c.model().clipsWeights()) {
            clipWeights(nets.discriminatorParameters(), (float) c.clip());
        }
        return stats;
    }

    /** One G update through a frozen D; refuses unrolling, which needs real batches (see the other overload). */
    public GStats trainGenerator(NDManager m, int batchSize) {
        if (config.tricks().unrolledSteps() > 0) {
            throw new IllegalStateException("an unrolled G step needs real batches for its D steps");
        }
        return trainGenerator(m, batchSize, null);
    }

    /**
     * One G update through a frozen D. With k unrolled steps, D first takes k ordinary steps on fresh real
     * batches from {@code realBatches}, G's loss and gradient are taken through that unrolled D, and then
     * D's weights and its optimizer's state are put back exactly as they were. This is the first-order
     * version of Metz et al.: no gradient flows back through the k D updates themselves.
     */
    public GStats trainGenerator(NDManager m, int batchSize, Supplier<Batch> realBatches) {
        GanConfig c = config;
        int k = c.tricks().unrolledSteps();
        packCount(batchSize);
        ParameterGroup critic = nets.discriminatorParameters();
        ParameterGroup.Snapshot before = k > 0 ? critic.snapshot(m) : null;
        GStats stats;
        try {
            for (int i = 0; i < k; i++) {
                Batch batch = realBatches.get();
                discriminatorStep(m, m.create(batch.values(), new Shape(batch.count(), itemSize)), batch.labels(), false);
            }
            int[] classes = randomClasses(batchSize);
            NDArray y = nets.pack(oneHot(m, classes));
            critic.freeze();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray fake = nets.pack(nets.shapeForD(nets.generate(nets.noise(m, batchSize), oneHot(m, classes), true)
                        .reshape(batchSize, -1)));
                NDArray loss = c.loss().generatorLoss(nets.discriminate(fake, y, true));
                collector.backward(loss);
                stats = new GStats(loss.getFloat(), (float) nets.generatorParameters().gradientNorm());
            } finally {
                critic.unfreeze();
            }
        } finally {
            if (before != null) {
                critic.restore(before);
            }
        }
        nets.generatorParameters().update();
        nets.updateGeneratorAverage(c.tricks().generatorAverage());
        return stats;
    }

    /**
     * Where G's loss pushes each point: {@code -d loss_G(x) / dx} with D as it is now, one row per point, each
     * point judged on its own (see {@link GanNetworks#discriminateEach}). Generated points move along these
     * arrows when G learns. D is not changed and keeps no gradient.
     *
     * @param points items in D's range, one per row
     * @param y their one-hot classes, or null
     */
    public float[] generatorPull(NDManager m, NDArray points, NDArray y) {
        GanConfig c = config;
        NDArray x = points.duplicate();
        x.attach(m);
        x.setRequiresGradient(true);
        ParameterGroup critic = nets.discriminatorParameters();
        critic.freeze();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray meanLoss = c.loss().generatorLoss(nets.discriminateEach(x, y, false));
            collector.backward(Scalars.times(meanLoss, points.getShape().get(0)));
            NDArray gradient = x.getGradient();
            gradient.attach(m);
            return gradient.neg().toFloatArray();
        } finally {
            critic.unfreeze();
        }
    }

    /** The number of packs a batch of {@code n} makes; refuses a batch that packs do not divide. */
    private int packCount(int n) {
        GanConfig.checkPacking(n, nets.packing());
        return n / nets.packing();
    }

    private NDArray replayed(NDManager m, NDArray fake, int[] fakeClasses, GanConfig c, boolean remember) {
        int n = (int) fake.getShape().get(0);
        replay.resize(c.tricks().replayBatches() * n);
        float[] values = fake.toFloatArray();
        float[] fresh = values.clone();
        int half = n / 2;
        if (replay.size() >= half) {
            replay.sampleInto(values, fakeClasses, n - half, half);
        }
        if (remember) {
            replay.add(fresh, fakeClasses, n);
        }
        return m.create(values, new Shape(n, itemSize));
    }

    private float[] presentedAsReal(int n, double flip) {
        float[] mask = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            boolean real = i < n;
            mask[i] = (flip > 0 && random.nextDouble() < flip) != real ? 1f : 0f;
        }
        return mask;
    }

    /**
     * The step's statistics from detached copies of its outputs (no graph is recorded for them), brought to
     * the host in one transfer.
     */
    private static DStats measure(GanLoss loss, NDArray value, NDArray realOut, NDArray fakeOut, NDArray penalty) {
        float threshold = loss.threshold();
        NDArray real = realOut.stopGradient();
        NDArray fake = fakeOut.stopGradient();
        NDArray realScore = loss.score(real);
        NDArray fakeScore = loss.score(fake);
        NDList values = new NDList(value.stopGradient(), realScore.mean(), fakeScore.mean(),
                realScore.gte(threshold).toType(DataType.FLOAT32, false).mean(),
                fakeScore.gte(threshold).toType(DataType.FLOAT32, false).mean(), real.mean(), fake.mean());
        if (penalty != null) {
            values.add(penalty.stopGradient());
        }
        float[] v = NDArrays.stack(values).toFloatArray();
        float estimate = loss == GanLoss.WASSERSTEIN ? v[5] - v[6] : Float.NaN;
        return new DStats(v[0], v[1], v[2], v[3], 1 - v[3], v[4], 1 - v[4], estimate, penalty != null ? v[7] : Float.NaN);
    }

    /** WGAN's Lipschitz constraint: every critic weight back into [-c, c], in place. */
    static void clipWeights(ParameterGroup critic, float c) {
        for (Parameter parameter : critic.parameters()) {
            NDArray weight = parameter.getArray();
            try (NDManager scratch = weight.getManager().newSubManager()) {
                NDArray clipped = weight.clip(-c, c);
                clipped.attach(scratch);
                weight.muli(0).addi(clipped);
            }
        }
    }
}
