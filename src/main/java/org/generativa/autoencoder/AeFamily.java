package org.generativa.autoencoder;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.train.Experiment;
import org.generativa.train.Setting;

/** The autoencoder family: dense, stacked, convolutional, denoising, sparse, contractive, robust, VAEs and the AAE. */
public final class AeFamily implements ModelFamily<AeConfig> {

    public static final AeFamily INSTANCE = new AeFamily();

    private AeFamily() {}

    @Override
    public String id() {
        return "autoencoder";
    }

    @Override
    public String title() {
        return "autoencoders";
    }

    @Override
    public Class<AeConfig> configType() {
        return AeConfig.class;
    }

    @Override
    public String modelKey() {
        return "variant";
    }

    @Override
    public List<String> modelNames() {
        return Arrays.stream(AeVariant.values()).map(AeVariant::cliName).toList();
    }

    @Override
    public String modelName(AeConfig config) {
        return config.variant().cliName();
    }

    @Override
    public DataSpec dataset(AeConfig config) {
        return config.dataset();
    }

    @Override
    public int threads(AeConfig config) {
        return config.threads();
    }

    @Override
    public int latentSize(AeConfig config) {
        return config.codeSize();
    }

    @Override
    public List<String> metricNames(AeConfig config) {
        return AeMetrics.namesFor(config);
    }

    @Override
    public AeConfig defaults(String model, DataSpec dataset, DataKind kind) {
        return AeConfig.defaultsFor(AeVariant.fromCliName(model), dataset, kind);
    }

    /** With {@code --linear}, the linear ae's proposed settings come first ({@link AeConfig#linearProposal}). */
    @Override
    public AeConfig configure(String model, DataSpec dataset, DataKind kind, Map<String, String> given) {
        AeConfig defaults = defaults(model, dataset, kind);
        return applySettings("true".equals(given.get(AeConfig.LINEAR.key())) ? defaults.linearProposal() : defaults, given, model);
    }

    @Override
    public AeConfig withModel(AeConfig current, String model, DataKind kind) {
        return defaults(model, current.dataset(), kind).withSeed(current.seed());
    }

    /** That data's defaults, seed kept; a convolutional variant falls back to the dense ae on non-images. */
    @Override
    public AeConfig withData(AeConfig current, DataSpec dataset, DataKind kind) {
        AeVariant variant = current.variant().convolutional() && kind != DataKind.IMAGES ? AeVariant.AE : current.variant();
        return AeConfig.defaultsFor(variant, dataset, kind).withSeed(current.seed());
    }

    @Override
    public List<Setting<AeConfig>> settings() {
        return AeConfig.SETTINGS;
    }

    @Override
    public Set<String> settingsAddedLater() {
        return Set.of("activation", "weightDecay", "upsample", "contamination", "contaminationLevel", "denoiseLayers",
                "downsample");
    }

    @Override
    public Experiment<AeConfig> create(NDManager manager, Dataset data, AeConfig config) {
        return new AeExperiment(manager, data, config);
    }

    @Override
    public Optional<LatentModel> latentModel(Experiment<AeConfig> experiment) {
        return experiment instanceof AeExperiment ae ? Optional.of(new AeLatentModel(ae)) : Optional.empty();
    }

    /** Prior samples are scored, so only the generative variants want the reference classifier. */
    @Override
    public boolean wantsClassifier(AeConfig config) {
        return config.variant().generative();
    }

    @Override
    public List<String> notices(Experiment<AeConfig> experiment) {
        return AeConfigCheck.notices(experiment.config(), ((AeExperiment) experiment).dataset().itemSize());
    }

    /** {@link AeExperiment#finalMetrics} and the data feed's timing. */
    @Override
    public Map<String, Number> results(Experiment<AeConfig> experiment, ReferenceClassifier classifier) {
        AeExperiment ae = (AeExperiment) experiment;
        Map<String, Number> result = new LinkedHashMap<>(ae.finalMetrics(classifier));
        result.put("batch_ms", ae.prefetcher().meanAssemblyMillis());
        result.put("data_wait_ms", ae.prefetcher().meanWaitMillis());
        return result;
    }
}
