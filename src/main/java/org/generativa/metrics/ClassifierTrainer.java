package org.generativa.metrics;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.Backend;
import org.generativa.nn.ParameterGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Trains a reference classifier on the training part of a dataset and measures it on the held-out part. */
final class ClassifierTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifierTrainer.class);
    /** Held-out images scored for the accuracy in the metadata, at most. */
    static final int MAX_EVALUATED = 10_000;
    private static final int MIN_IMAGES = 20;

    /** How the classifier did on held-out images. */
    record HeldOut(double accuracy, double recognisable) {}

    private ClassifierTrainer() {}

    static ReferenceClassifier train(ImageSet data, String key, ClassifierOptions options, ClassifierProgress progress,
            BooleanSupplier cancelled) {
        requireUsable(data);
        int[] shape = data.itemShape();
        int classes = data.labelNames().size();
        HeldOutSplit split = HeldOutSplit.of(data.count());
        long start = System.nanoTime();
        NDManager manager = Engine.getEngine(Backend.ENGINE).newBaseManager();
        int previousThreads = JniUtils.getNumThreads();
        try {
            Backend.setThreads(options.threads());
            Backend.seed(options.seed());
            ClassifierNetwork network = new ClassifierNetwork(manager, shape, classes);
            fit(network, manager, data, split, options, progress, cancelled);
            double seconds = (System.nanoTime() - start) / 1e9;
            ClassifierInference inference = new ClassifierInference(manager, network, shape, classes + 1);
            HeldOut heldOut = evaluate(inference, data, split.heldOut());
            ClassifierInfo info = new ClassifierInfo(ClassifierInfo.FORMAT_VERSION, key, data.name(),
                    Arrays.stream(shape).boxed().toList(), data.labelNames(), heldOut.accuracy(), heldOut.recognisable(),
                    split.heldOut().length, split.train().length, options.steps(), options.batchSize(), seconds);
            LOG.info("Reference classifier for {}: held-out accuracy {}, recognisable {}, {} steps in {} s", data.name(),
                    heldOut.accuracy(), heldOut.recognisable(), options.steps(), seconds);
            return new ReferenceClassifier(manager, network, data, split, info);
        } catch (RuntimeException | Error e) {
            manager.close();
            throw e;
        } finally {
            Backend.setThreads(previousThreads);
        }
    }

    /** Refuses data the classifier cannot learn: no labels, too few images, an unsupported image shape. */
    static void requireUsable(ImageSet data) {
        if (data.labelNames().size() < 2) {
            throw InvalidInputException.of("classifier.noLabels", data.name());
        }
        ClassifierNetwork.requireSupported(data.itemShape());
        if (data.count() < MIN_IMAGES) {
            throw InvalidInputException.of("classifier.tooFewImages", data.name(), String.valueOf(data.count()),
                    String.valueOf(MIN_IMAGES));
        }
    }

    private static void fit(ClassifierNetwork network, NDManager manager, ImageSet data, HeldOutSplit split,
            ClassifierOptions options, ClassifierProgress progress, BooleanSupplier cancelled) {
        int classes = data.labelNames().size();
        int[] shape = data.itemShape();
        int batch = options.batchSize();
        AdjustableRate rate = new AdjustableRate(options.learningRate());
        Optimizer adam = Optimizer.adam().optLearningRateTracker(rate).build();
        ParameterGroup parameters = new ParameterGroup(network.whole, adam);
        ParameterStore store = new ParameterStore(manager, false);
        TrainingBatches batches = new TrainingBatches(data, split.train(), Math.max(1, batch / 8), options.seed(), options.blurred());
        float[] values = new float[batch * data.itemSize()];
        int[] labels = new int[batch];
        float[] oneHot = new float[batch * (classes + 1)];
        Engine engine = Engine.getEngine(Backend.ENGINE);
        for (int step = 0; step < options.steps(); step++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Training the reference classifier was cancelled.");
            }
            rate.set(cosineRate(options.learningRate(), step, options.steps()));
            batches.fill(values, labels);
            Arrays.fill(oneHot, 0f);
            for (int i = 0; i < batch; i++) {
                oneHot[i * (classes + 1) + labels[i]] = 1f;
            }
            try (NDManager m = manager.newSubManager()) {
                NDArray x = m.create(values, new Shape(batch, shape[0], shape[1], shape[2]));
                NDArray y = m.create(oneHot, new Shape(batch, classes + 1));
                try (GradientCollector collector = engine.newGradientCollector()) {
                    NDArray logits = network.whole.forward(store, new NDList(x), true).singletonOrThrow();
                    NDArray loss = logits.logSoftmax(1).mul(y).sum(new int[] {1}).neg().mean();
                    collector.backward(loss);
                }
                parameters.update();
            }
            progress.update(step + 1, options.steps());
        }
    }

    /** From the full rate down to a tenth of it along half a cosine. */
    static double cosineRate(double rate, int step, int steps) {
        double t = steps <= 1 ? 0 : (double) step / (steps - 1);
        return rate * (0.1 + 0.45 * (1 + Math.cos(Math.PI * t)));
    }

    /** Accuracy (the extra class counts as a wrong answer) and recognisable share on held-out images. */
    static HeldOut evaluate(ClassifierInference inference, ImageSet data, int[] heldOut) {
        int n = Math.min(heldOut.length, MAX_EVALUATED);
        int correct = 0;
        int recognisable = 0;
        int chunk = 1000;
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            float[] images = ClassifierInference.read(data, heldOut, from, to);
            Predictions predictions = inference.run(images, to - from).predictions();
            for (int i = 0; i < to - from; i++) {
                if (predictions.classes()[i] == data.label(heldOut[from + i])) {
                    correct++;
                }
                if (predictions.recognisable(i)) {
                    recognisable++;
                }
            }
        }
        return new HeldOut((double) correct / n, (double) recognisable / n);
    }
}
