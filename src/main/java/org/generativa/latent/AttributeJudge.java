package org.generativa.latent;

import java.util.Arrays;
import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Factor;
import org.generativa.data.ImageSet;
import org.generativa.metrics.ReferenceClassifier;

/**
 * Says which attributes images have, from a reference classifier whose classes fix the dataset's known factors
 * (the cartoon faces' 16 classes are the combinations of smile, glasses, beard and hat). An attribute's
 * probability is the classifier's probability of the classes that have it, among the dataset's classes; an
 * image has the value whose probability is highest, and no values at all when the classifier takes it for no
 * sample of the dataset. Runs on the classifier's engine thread.
 */
public final class AttributeJudge {

    /** Items read to learn which factor values each class stands for. */
    static final int ITEMS_READ = 2_000;

    private final ReferenceClassifier classifier;
    private final List<Factor> factors;
    private final int[][] valueOfClass;

    private AttributeJudge(ReferenceClassifier classifier, List<Factor> factors, int[][] valueOfClass) {
        this.classifier = classifier;
        this.factors = factors;
        this.valueOfClass = valueOfClass;
    }

    /** A judge over {@code classifier}'s dataset, refused where its classes do not fix its factors. */
    public static AttributeJudge of(ReferenceClassifier classifier) {
        ImageSet data = classifier.dataset();
        List<Factor> factors = data.factors();
        int classes = classifier.info().classCount();
        if (factors.isEmpty()) {
            throw InvalidInputException.of("latent.judge.noFactors", data.name());
        }
        return new AttributeJudge(classifier, factors, valueOfClass(data, classes, factors.size()));
    }

    /** For each class and factor the value every item of that class has; refused when two items disagree. */
    static int[][] valueOfClass(ImageSet data, int classes, int factorCount) {
        int[][] values = new int[classes][factorCount];
        for (int[] row : values) {
            Arrays.fill(row, -1);
        }
        int n = Math.min(ITEMS_READ, data.count());
        for (int i = 0; i < n; i++) {
            int label = data.label(i);
            if (label < 0 || label >= classes) {
                continue;
            }
            for (int f = 0; f < factorCount; f++) {
                int v = data.factor(i, f);
                if (values[label][f] >= 0 && values[label][f] != v) {
                    throw InvalidInputException.of("latent.judge.classesMixFactors", data.name(),
                            data.labelNames().get(label), data.factors().get(f).name());
                }
                values[label][f] = v;
            }
        }
        return values;
    }

    public List<Factor> factors() {
        return factors;
    }

    public ImageSet dataset() {
        return classifier.dataset();
    }

    /** The attribute values of {@code count} images (channels first, values in [0, 1]). */
    public AttributeVerdicts judge(float[] images, int count) {
        int outputs = valueOfClass.length + 1;
        float[] p = classifier.probabilities(images, count);
        int[] values = new int[count * factors.size()];
        for (int i = 0; i < count; i++) {
            int at = i * outputs;
            boolean sample = p[at + outputs - 1] < 0.5;
            for (int f = 0; f < factors.size(); f++) {
                values[i * factors.size() + f] = sample ? likeliestValue(p, at, f) : -1;
            }
        }
        return new AttributeVerdicts(count, factors.size(), values);
    }

    private int likeliestValue(float[] p, int at, int factor) {
        double[] mass = new double[factors.get(factor).values().size()];
        for (int k = 0; k < valueOfClass.length; k++) {
            int v = valueOfClass[k][factor];
            if (v >= 0 && v < mass.length) {
                mass[v] += p[at + k];
            }
        }
        int best = 0;
        for (int v = 1; v < mass.length; v++) {
            if (mass[v] > mass[best]) {
                best = v;
            }
        }
        return best;
    }
}
