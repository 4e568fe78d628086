package org.generativa.gan;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.metrics.ModeCoverage;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;
import org.generativa.nn.Upsampling;
import org.generativa.train.Experiment;
import org.generativa.train.Setting;

/** The GAN family: gan, dcgan, cgan, wgan and wgan-gp. */
public final class GanFamily implements ModelFamily<GanConfig> {

    public static final GanFamily INSTANCE = new GanFamily();

    /** Generated points the mode metrics are measured on (VEEGAN / PacGAN). */

    private GanFamily() {}

    @Override
    public String id() {
        return "gan";
    }

    @Override
    public String title() {
        return "GANs";
    }

    @Override
    public Class<GanConfig> configType() {
        return GanConfig.class;
    }

    @Override
    public String modelKey() {
        return "model";
    }

    @Override
    public List<String> modelNames() {
        return Arrays.stream(GanModelKind.values()).map(GanModelKind::cliName).toList();
    }

    @Override
    public String modelName(GanConfig config) {
        return config.model().cliName();
    }

    @Override
    public DataSpec dataset(GanConfig config) {
        return config.dataset();
    }

    @Override
    public int threads(GanConfig config) {
        return config.threads();
    }

    @Override
    public int latentSize(GanConfig config) {
        return config.latentSize();
    }

    @Override
    public List<String> metricNames(GanConfig config) {
        return GanExperiment.metricNamesFor(config.model());
    }

    @Override
    public GanConfig defaults(String model, DataSpec dataset, DataKind kind) {
        return GanConfig.defaultsFor(GanModelKind.fromCliName(model), dataset, kind);
    }

    @Override
    public GanConfig withModel(GanConfig current, String model, DataKind kind) {
        return defaults(model, current.dataset(), kind).withSeed(current.seed());
    }

    /** That data's defaults, seed and (where it still applies) loss kept; dcgan falls back to gan on non-images. */
    @Override
    public GanConfig withData(GanConfig current, DataSpec dataset, DataKind kind) {
        GanModelKind model = current.model().needsImages() && kind != DataKind.IMAGES ? GanModelKind.GAN : current.model();
        GanConfig fresh = GanConfig.defaultsFor(model, dataset, kind).withSeed(current.seed());
        boolean bothChosen = GanLoss.CHOICES.contains(current.loss()) && GanLoss.CHOICES.contains(fresh.loss());
        return bothChosen ? fresh.withLoss(current.loss()) : fresh;
    }

    @Override
    public List<Setting<GanConfig>> settings() {
        return GanConfig.SETTINGS;
    }

    @Override
    public Set<String> settingsAddedLater() {
        return Set.of("gStepsPerD", "depth", "noise", "optimizer", "weightDecay", "upsample");
    }

    @Override
    public Experiment<GanConfig> create(NDManager manager, Dataset data, GanConfig config) {
        return new GanExperiment(manager, data, config);
    }

    @Override
    public Optional<LatentModel> latentModel(Experiment<GanConfig> experiment) {
        return experiment instanceof GanExperiment gan ? Optional.of(new GanLatentModel(gan)) : Optional.empty();
    }

    /**
     * As {@link ModelFamily#configure}, and: {@code lr} sets both learning rates (lr-g and lr-d, when given, win);
     * the WGANs refuse a loss, the others the Wasserstein one.
     */
    @Override
    public GanConfig configure(String model, DataSpec dataset, DataKind kind, Map<String, String> given) {
        GanModelKind kindOfModel = GanModelKind.fromCliName(model);
        Map<String, String> rest = new LinkedHashMap<>(given);
        String loss = rest.get(GanConfig.LOSS.key());
        if (loss != null) {
            if (kindOfModel.wasserstein()) {
                throw InvalidInputException.of("gan.lossOfWgan", model);
            }
            if (GanLoss.fromCliName(loss) == GanLoss.WASSERSTEIN) {
                throw InvalidInputException.of("gan.wassersteinLoss", loss);
            }
        }
        GanConfig config = defaults(model, dataset, kind);
        String lr = rest.remove("lr");
        if (lr != null) {
            config = applySetting(config, "lr-g", lr, model, "--lr");
            config = applySetting(config, "lr-d", lr, model, "--lr");
        }
        return applySettings(config, rest, model);
    }

    /** The settings' keys and {@code lr}, which sets both learning rates. */
    @Override
    public List<String> optionKeys() {
        return Stream.concat(Stream.of("lr"), settings().stream().map(Setting::key)).toList();
    }

    @Override
    public List<String> notices(Experiment<GanConfig> experiment) {
        GanConfig config = experiment.config();
        return config.upsample().threads(config.threads()) < config.threads()
                ? List.of(Upsampling.ONE_THREAD_NOTICE)
                : List.of();
    }

    @Override
    public boolean wantsClassifier(GanConfig config) {
        return true;
    }

    /**
     * On ring8 and grid25 the mode metrics of 2,500 samples; on labelled images the reference classifier's
     * scores of its reference count of samples (classes asked evenly of a cgan); the data feed's timing.
     */
    @Override
    public Map<String, Number> results(Experiment<GanConfig> experiment, ReferenceClassifier classifier) {
        GanExperiment gan = (GanExperiment) experiment;
        Map<String, Number> result = new LinkedHashMap<>();
        if (gan.dataset() instanceof GaussianMixture2D mixture) {
            ModeCoverage coverage = ModeCoverage.measure(gan.sample(GanExperiment.MODE_SAMPLES), mixture.modes(), mixture.sigma());
            result.put("modes_captured", coverage.modesCaptured());
            result.put("modes", coverage.modes());
            result.put("hq_fraction", coverage.highQualityFraction());
            result.put("reverse_kl", coverage.reverseKl());
            result.put("mean_mode_distance", coverage.meanDistanceToNearestMode());
        }
        if (classifier != null) {
            int n = ReferenceClassifier.REFERENCE_IMAGES;
            int[] classes = gan.config().model().conditional() ? evenClasses(n, classifier.dataset().labelNames().size()) : null;
            SampleScore score = classifier.score(gan.sample(n, classes), n, classes);
            result.put("recognisable", score.recognisableFraction());
            result.put("class_kl", score.klToUniform());
            result.put("fid", score.frechetDistance());
            if (classes != null) {
                result.put("cond_accuracy", score.condAccuracy());
            }
            result.put("classifier_accuracy", classifier.info().heldOutAccuracy());
        }
        result.put("batch_ms", gan.prefetcher().meanAssemblyMillis());
        result.put("data_wait_ms", gan.prefetcher().meanWaitMillis());
        return result;
    }

    private static int[] evenClasses(int count, int classes) {
        int[] asked = new int[count];
        for (int i = 0; i < count; i++) {
            asked[i] = i % classes;
        }
        return asked;
    }
}
