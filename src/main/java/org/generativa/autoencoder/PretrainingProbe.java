package org.generativa.autoencoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.RestorableAdam;

/**
 * What unsupervised pretraining is for (decks 000 and 001): a classifier that sees only a few labelled images does
 * better when it starts from an encoder trained on all the unlabelled ones. For each number of labels, a softmax
 * layer on the codes is trained three ways, the same steps on the same labelled images: on the trained encoder kept
 * frozen, on a copy of it fine-tuned with the classifier, and on the same network from scratch. Accuracy is measured
 * on the held-out images, which neither the autoencoder nor any classifier trained on.
 */
public final class PretrainingProbe {

    /** How the classifier's encoder starts and whether it learns. */
    private enum Start {
        FROZEN, FINE_TUNED, SCRATCH
    }

    /** Held-out accuracy of each start for one number of labels. */
    public record Result(int labels, double frozen, double fineTuned, double scratch) {}

    private static final int BATCH = 64;
    private static final double LR = 1e-3;
    /** A softmax layer alone on fixed codes is a convex problem and takes a larger step. */
    private static final double FROZEN_LR = 1e-2;
    private static final int CHUNK = 500;

    private final AeExperiment trained;
    private final ImageSet data;
    private final int classes;
    private final int trainingItems;
    private final int heldOut;

    /** @param trained an autoencoder trained without labels on labelled images, with held-out images set aside */
    public PretrainingProbe(AeExperiment trained) {
        if (!(trained.dataset() instanceof ImageSet images) || images.labelNames().size() < 2) {
            throw InvalidInputException.of("probe.needsLabels", trained.dataset().name());
        }
        if (trained.heldOutCount() == 0) {
            throw InvalidInputException.of("probe.needsHeldOut", trained.dataset().name());
        }
        this.trained = trained;
        this.data = images;
        this.classes = images.labelNames().size();
        this.heldOut = trained.heldOutCount();
        this.trainingItems = images.count() - heldOut;
    }

    public int trainingItems() {
        return trainingItems;
    }

    /** Each start's held-out accuracy with the first {@code labels} of a seeded shuffle of the training images. */
    public Result run(NDManager parent, int labels, int steps, long seed) {
        if (labels < classes || labels > trainingItems) {
            throw InvalidInputException.of("probe.labels", String.valueOf(labels), String.valueOf(classes),
                    String.valueOf(trainingItems));
        }
        int[] chosen = labelled(labels, seed);
        return new Result(labels, accuracy(parent, Start.FROZEN, chosen, steps, seed),
                accuracy(parent, Start.FINE_TUNED, chosen, steps, seed), accuracy(parent, Start.SCRATCH, chosen, steps, seed));
    }

    private int[] labelled(int labels, long seed) {
        int[] order = new int[trainingItems];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] chosen = new int[labels];
        System.arraycopy(order, 0, chosen, 0, labels);
        return chosen;
    }

    private double accuracy(NDManager parent, Start start, int[] chosen, int steps, long seed) {
        try (NDManager m = parent.newSubManager()) {
            AeConfig config = trained.config();
            AeNetworks nets = start == Start.FROZEN ? trained.networks()
                    : new AeNetworks(m, config.withSeed(config.seed() + 1), data.itemShape());
            if (start == Start.FINE_TUNED) {
                copyEncoder(trained.networks().encoder(), nets.encoder());
            }
            Block head = Linear.builder().setUnits(classes).build();
            head.initialize(m, DataType.FLOAT32, new Shape(1, trained.networks().codeSize()));
            Block learner = start == Start.FROZEN ? head : new SequentialBlock().add(nets.encoder()).add(head);
            ParameterGroup group = new ParameterGroup(learner,
                    new RestorableAdam(new AdjustableRate(start == Start.FROZEN ? FROZEN_LR : LR), 0.9f, 0.999f));
            ParameterStore store = new ParameterStore(m, false);
            Loss loss = Loss.softmaxCrossEntropyLoss();
            SplittableRandom random = new SplittableRandom(seed ^ 0x70726F6265L);
            int batch = Math.min(BATCH, chosen.length);
            for (int step = 0; step < steps; step++) {
                int[] items = new int[batch];
                for (int i = 0; i < batch; i++) {
                    items[i] = chosen[random.nextInt(chosen.length)];
                }
                try (NDManager s = m.newSubManager()) {
                    NDArray x = images(s, items);
                    NDArray y = s.create(labelsOf(items)).toType(DataType.FLOAT32, false);
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray codes = codes(nets, x, start != Start.FROZEN);
                        NDArray logits = head.forward(store, new NDList(codes), true).singletonOrThrow();
                        collector.backward(loss.evaluate(new NDList(y), new NDList(logits)));
                    }
                    group.update();
                }
            }
            return heldOutAccuracy(m, nets, head, store);
        }
    }

    /** The code of each row (a VAE's posterior mean), detached from the encoder when it stays frozen. */
    private static NDArray codes(AeNetworks nets, NDArray x, boolean learning) {
        NDArray codes = nets.encodeMean(x, learning);
        return learning ? codes : codes.stopGradient();
    }

    private double heldOutAccuracy(NDManager m, AeNetworks nets, Block head, ParameterStore store) {
        int correct = 0;
        for (int from = 0; from < heldOut; from += CHUNK) {
            int n = Math.min(CHUNK, heldOut - from);
            int[] items = new int[n];
            for (int i = 0; i < n; i++) {
                items[i] = trainingItems + from + i;
            }
            try (NDManager s = m.newSubManager()) {
                NDArray logits = head.forward(store, new NDList(codes(nets, images(s, items), false)), false).singletonOrThrow();
                long[] predicted = logits.argMax(1).toLongArray();
                int[] truth = labelsOf(items);
                for (int i = 0; i < n; i++) {
                    correct += predicted[i] == truth[i] ? 1 : 0;
                }
            }
        }
        return (double) correct / heldOut;
    }

    private NDArray images(NDManager m, int[] items) {
        int size = data.itemSize();
        float[] values = new float[items.length * size];
        for (int i = 0; i < items.length; i++) {
            data.read(items[i], values, i * size);
        }
        return m.create(values, new Shape(items.length, size));
    }

    private int[] labelsOf(int[] items) {
        int[] labels = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            labels[i] = data.label(items[i]);
        }
        return labels;
    }

    /** Writes the trained encoder's weights into {@code into}, which has the same architecture. */
    private static void copyEncoder(Block from, Block into) {
        List<Parameter> source = new ArrayList<>(from.getParameters().values());
        List<Parameter> target = new ArrayList<>(into.getParameters().values());
        for (int i = 0; i < source.size(); i++) {
            NDArray weight = target.get(i).getArray();
            boolean trainable = weight.hasGradient();
            weight.setRequiresGradient(false);
            weight.set(new NDIndex(":"), source.get(i).getArray());
            weight.setRequiresGradient(trainable);
        }
    }
}
