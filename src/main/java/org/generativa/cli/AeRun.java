package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.CorruptionKind;
import org.generativa.autoencoder.Likelihood;
import org.generativa.autoencoder.PriorKind;
import org.generativa.autoencoder.SparsityKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.train.Experiment;
import picocli.CommandLine.Model.CommandSpec;

/** `train` for the autoencoder family. */
final class AeRun implements RunTarget<AeConfig> {

    /** The variant choices that are words, not numbers. */
    record Choices(String corruption, String sparsity, String likelihood, String prior, boolean tied, boolean linear) {}

    private final AeConfig config;

    AeRun(AeVariant variant, DataSpec source, Dataset data, CommandSpec spec, Choices choices) {
        AeConfig c = AeConfig.defaultsFor(variant, source, data.kind());
        c = HyperparameterOptions.apply(spec, c, AeConfig.HYPERPARAMETERS, variant.cliName(), List.of());
        if (choices.corruption() != null) {
            c = c.withCorruption(CorruptionKind.fromCliName(choices.corruption()));
        }
        if (choices.sparsity() != null) {
            c = c.withSparsity(SparsityKind.fromCliName(choices.sparsity()));
        }
        if (choices.likelihood() != null) {
            c = c.withLikelihood(Likelihood.fromCliName(choices.likelihood()));
        }
        if (choices.prior() != null) {
            c = c.withPrior(PriorKind.fromCliName(choices.prior()));
        }
        this.config = c.withTiedWeights(c.tiedWeights() || choices.tied()).withLinear(c.linear() || choices.linear());
    }

    @Override
    public AeConfig config() {
        return config;
    }

    @Override
    public boolean wantsClassifier(Dataset data) {
        return config.variant().generative();
    }

    @Override
    public Experiment<AeConfig> create(NDManager root, Dataset data) {
        return new AeExperiment(root, data, config);
    }

    @Override
    public List<String> notices(Experiment<AeConfig> experiment) {
        return ((AeExperiment) experiment).notices();
    }

    @Override
    public void addResults(Map<String, Object> result, Experiment<AeConfig> experiment, ReferenceClassifier classifier) {
        AeExperiment ae = (AeExperiment) experiment;
        ae.finalMetrics(classifier).forEach((k, v) -> result.put(k, v == null ? null : TrainCommand.round(v)));
        result.put("batch_ms", TrainCommand.round(ae.prefetcher().meanAssemblyMillis()));
        result.put("data_wait_ms", TrainCommand.round(ae.prefetcher().meanWaitMillis()));
    }
}
