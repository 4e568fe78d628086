package org.generativa.testing;

import java.nio.file.Path;
import java.util.List;
import org.generativa.preview.Preview;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;

/** An experiment that does nothing, for tests that need one and override only what they look at. */
public class StubExperiment<C> implements Experiment<C> {

    @Override
    public C config() {
        return null;
    }

    @Override
    public List<String> metricNames() {
        return List.of();
    }

    @Override
    public long steps() {
        return 0;
    }

    @Override
    public MetricPoint step(StepKind kind) {
        return null;
    }

    @Override
    public void applyLive(C config) {}

    @Override
    public Preview preview() {
        return null;
    }

    @Override
    public void saveCheckpoint(Path directory) {}

    @Override
    public void loadCheckpoint(Path directory) {}

    @Override
    public void close() {}
}
