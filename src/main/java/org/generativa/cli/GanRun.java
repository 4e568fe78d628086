package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.metrics.ModeCoverage;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;
import org.generativa.train.Experiment;
import org.generativa.train.Hyperparameter;
import picocli.CommandLine.Model.CommandSpec;

/** `train` for the GAN family. */
final class GanRun implements RunTarget<GanConfig> {

    private static final int MODE_SAMPLES = 2500;

    private final GanConfig config;

    GanRun(GanModelKind model, DataSpec source, Dataset data, CommandSpec spec, String loss, boolean minibatchStd) {
        GanConfig c = GanConfig.defaultsFor(model, source, data.kind());
        String lr = HyperparameterOptions.given(spec, "lr");
        if (lr != null) {
            c = HyperparameterOptions.set(c, hyperparameter("lr-g"), lr, "--lr");
            c = HyperparameterOptions.set(c, hyperparameter("lr-d"), lr, "--lr");
        }
        c = HyperparameterOptions.apply(spec, c, GanConfig.HYPERPARAMETERS, model.cliName(), List.of("lr"));
        if (loss != null) {
            if (model.wasserstein()) {
                throw new InvalidInputException(model.cliName() + " uses the Wasserstein loss; --loss applies to gan,"
                        + " dcgan and cgan.");
            }
            GanLoss chosen = GanLoss.fromCliName(loss);
            if (!GanLoss.CHOICES.contains(chosen)) {
                throw new InvalidInputException("--loss " + loss + " is for the WGAN models: choose non-saturating, minimax,"
                        + " lsgan or hinge.");
            }
            c = c.withLoss(chosen);
        }
        if (minibatchStd) {
            c = c.withTricks(c.tricks().withMinibatchStd(true));
        }
        this.config = c;
    }

    private static Hyperparameter<GanConfig> hyperparameter(String key) {
        return GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    @Override
    public GanConfig config() {
        return config;
    }

    @Override
    public boolean wantsClassifier(Dataset data) {
        return true;
    }

    @Override
    public Experiment<GanConfig> create(NDManager root, Dataset data) {
        return new GanExperiment(root, data, config);
    }

    @Override
    public void addResults(Map<String, Object> result, Experiment<GanConfig> experiment, ReferenceClassifier classifier) {
        GanExperiment gan = (GanExperiment) experiment;
        if (gan.dataset() instanceof GaussianMixture2D mixture) {
            ModeCoverage coverage = ModeCoverage.measure(gan.sample(MODE_SAMPLES), mixture.modes(), mixture.sigma());
            result.put("modes_captured", coverage.modesCaptured());
            result.put("modes", coverage.modes());
            result.put("hq_fraction", TrainCommand.round(coverage.highQualityFraction()));
            result.put("reverse_kl", TrainCommand.round(coverage.reverseKl()));
            result.put("mean_mode_distance", TrainCommand.round(coverage.meanDistanceToNearestMode()));
        }
        if (classifier != null) {
            int n = ReferenceClassifier.REFERENCE_IMAGES;
            int[] classes = config.model().conditional() ? evenClasses(n, classifier.dataset().labelNames().size()) : null;
            SampleScore score = classifier.score(gan.sample(n, classes), n, classes);
            result.put("recognisable", TrainCommand.round(score.recognisableFraction()));
            result.put("class_kl", TrainCommand.round(score.klToUniform()));
            result.put("fid", TrainCommand.round(score.frechetDistance()));
            if (classes != null) {
                result.put("cond_accuracy", TrainCommand.round(score.condAccuracy()));
            }
            result.put("classifier_accuracy", TrainCommand.round(classifier.info().heldOutAccuracy()));
        }
        result.put("batch_ms", TrainCommand.round(gan.prefetcher().meanAssemblyMillis()));
        result.put("data_wait_ms", TrainCommand.round(gan.prefetcher().meanWaitMillis()));
    }

    private static int[] evenClasses(int count, int classes) {
        int[] asked = new int[count];
        for (int i = 0; i < count; i++) {
            asked[i] = i % classes;
        }
        return asked;
    }
}
