package org.generativa.bench;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.generativa.data.Dataset;
import org.generativa.family.ModelFamily;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;

/**
 * Trains one model for a wall-clock budget and scores its samples with the reference classifier every so many seconds
 * of training: how soon a student sees recognisable digits. The scoring time is not counted as training time.
 */
public final class QualityRace {

    /** The scores at one moment of training. */
    public record Score(double seconds, long steps, double recognisable, double classKl, double fid, double condAccuracy) {

        /** Whether these samples meet the goal: recognisable ≥ 0.8 with class KL ≤ 0.1 (and, when asked, accuracy ≥ 0.9). */
        public boolean good() {
            return recognisable >= 0.8 && classKl <= 0.1 && (Double.isNaN(condAccuracy) || condAccuracy >= 0.9);
        }
    }

    private QualityRace() {}

    /**
     * @param budgetSeconds training time (not counting scoring) after which the race ends
     * @param everySeconds training time between two scores
     */
    public static <C> List<Score> run(ModelFamily<C> family, C config, Dataset data, ReferenceClassifier classifier,
            NDManager root, double budgetSeconds, double everySeconds, Consumer<Score> progress) {
        List<Score> scores = new ArrayList<>();
        try (NDManager manager = root.newSubManager(); Experiment<C> experiment = family.create(manager, data, config)) {
            long trained = 0;
            long budget = (long) (budgetSeconds * 1e9);
            long every = (long) (everySeconds * 1e9);
            long nextScore = every;
            while (trained < budget) {
                long began = System.nanoTime();
                experiment.step(StepKind.BOTH);
                trained += System.nanoTime() - began;
                if (trained >= nextScore || trained >= budget) {
                    Score score = score(family, experiment, classifier, trained / 1e9);
                    scores.add(score);
                    progress.accept(score);
                    nextScore += every;
                }
            }
        }
        return scores;
    }

    private static <C> Score score(ModelFamily<C> family, Experiment<C> experiment, ReferenceClassifier classifier,
            double seconds) {
        Map<String, Number> results = family.results(experiment, classifier);
        return new Score(seconds, experiment.steps(), first(results, "recognisable", "prior_recognisable"),
                first(results, "class_kl", "prior_class_kl"), first(results, "fid", "prior_fid"),
                first(results, "cond_accuracy"));
    }

    /** The scores of images drawn elsewhere (a PyTorch peer's samples), in [0, 1], one row per image. */
    public static Score score(ReferenceClassifier classifier, double seconds, long steps, float[] images, int count) {
        SampleScore score = classifier.score(images, count);
        return new Score(seconds, steps, score.recognisableFraction(), score.klToUniform(), score.frechetDistance(),
                Double.NaN);
    }

    private static double first(Map<String, Number> results, String... keys) {
        for (String key : keys) {
            Number value = results.get(key);
            if (value != null) {
                return value.doubleValue();
            }
        }
        return Double.NaN;
    }

    /** The training time of the first score that meets the goal, or NaN when none did within the budget. */
    public static double timeToGood(List<Score> scores) {
        return scores.stream().filter(Score::good).mapToDouble(Score::seconds).findFirst().orElse(Double.NaN);
    }
}
