package org.generativa.lab;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.GaussianMixture1D;
import org.generativa.data.GaussianMixture2D;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.metrics.ModeCoverage;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;
import org.generativa.train.MetricPoint;
import org.generativa.train.StateCopy;
import org.generativa.train.StepKind;

/**
 * A GAN on a toy mixture as the mode-collapse lab runs it: the GAN's own metrics plus mode coverage every
 * {@link #COVERAGE_EVERY} steps, and previews that show D, G's manifold and G's gradient ({@link ToyFrame}).
 */
public final class LabExperiment implements Experiment<GanConfig> {

    public static final int COVERAGE_EVERY = 25;
    public static final String MODES = "modes";
    public static final String HIGH_QUALITY = "hq";
    public static final String REVERSE_KL = "rkl";

    private final GanExperiment gan;
    private final ToyProbe probe;
    private final List<String> metricNames;

    public LabExperiment(NDManager parent, Dataset data, GanConfig config) {
        if (!(data instanceof GaussianMixture2D) && !(data instanceof GaussianMixture1D)) {
            String key = data.kind() == DataKind.IMAGES ? "lab.imagesNotMixture" : "lab.notMixture";
            throw InvalidInputException.of(key, data.name());
        }
        if (config.model().conditional()) {
            throw InvalidInputException.of("lab.unconditional");
        }
        this.gan = new GanExperiment(parent, data, config);
        this.probe = new ToyProbe(parent, gan);
        List<String> names = new ArrayList<>(gan.metricNames());
        names.addAll(List.of(MODES, HIGH_QUALITY, REVERSE_KL));
        this.metricNames = List.copyOf(names);
    }

    public static ExperimentFactory<GanConfig> factory() {
        return (manager, config) -> new LabExperiment(manager, DatasetLoader.forRun(config.dataset()), config);
    }

    @Override
    public GanConfig config() {
        return gan.config();
    }

    @Override
    public List<Double> learningRates() {
        return gan.learningRates();
    }

    @Override
    public List<String> metricNames() {
        return metricNames;
    }

    @Override
    public long steps() {
        return gan.steps();
    }

    @Override
    public MetricPoint step(StepKind kind) {
        MetricPoint point = gan.step(kind);
        double[] values = new double[metricNames.size()];
        double[] base = point.values();
        System.arraycopy(base, 0, values, 0, base.length);
        boolean measure = point.step() % COVERAGE_EVERY == 0 || kind != StepKind.BOTH;
        ModeCoverage coverage = measure ? probe.coverage() : null;
        values[base.length] = coverage == null ? Double.NaN : coverage.modesCaptured();
        values[base.length + 1] = coverage == null ? Double.NaN : coverage.highQualityFraction();
        values[base.length + 2] = coverage == null ? Double.NaN : coverage.reverseKl();
        return new MetricPoint(point.step(), values);
    }

    @Override
    public void applyLive(GanConfig config) {
        gan.applyLive(config);
    }

    @Override
    public ToyFrame preview() {
        return probe.frame();
    }

    /** Mode metrics of fresh samples now. */
    public ModeCoverage coverage() {
        return probe.coverage();
    }

    @Override
    public void resumeAt(long steps) {
        gan.resumeAt(steps);
    }

    @Override
    public boolean weightsFinite() {
        return gan.weightsFinite();
    }

    @Override
    public StateCopy copyState() {
        return gan.copyState();
    }

    @Override
    public void saveCheckpoint(Path directory) throws IOException {
        gan.saveCheckpoint(directory);
    }

    @Override
    public void loadCheckpoint(Path directory) throws IOException, MalformedModelException {
        gan.loadCheckpoint(directory);
    }

    @Override
    public void close() {
        probe.close();
        gan.close();
    }
}
