package org.generativa.bench;

import ai.djl.ndarray.NDManager;
import org.generativa.common.ProcessCpu;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;

/** Training speed of a Generativa model: warm-up steps first, then timed steps, as the app trains them. */
public final class Throughput {

    /**
     * @param cpuSeconds CPU time of the whole process over the timed steps (all its threads)
     * @param flopsPerStep from {@link FlopCount} for the model's step
     */
    public record Result(double stepsPerSecond, double seconds, double cpuSeconds, long flopsPerStep) {}

    private Throughput() {}

    public static Result measure(NDManager root, BenchModel model, Dataset data, DataSpec spec, int threads, int warmup,
            int steps) {
        try (Experiment<?> experiment = model.create(root, data, spec, threads)) {
            long flops = FlopCount.flops(model.passesPerStep(experiment));
            for (int i = 0; i < warmup; i++) {
                experiment.step(StepKind.BOTH);
            }
            long cpuStart = ProcessCpu.nanos();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                experiment.step(StepKind.BOTH);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpuStart < 0 ? Double.NaN : (ProcessCpu.nanos() - cpuStart) / 1e9;
            return new Result(steps / seconds, seconds, cpuSeconds, flops);
        }
    }
}
