package org.generativa.bench;

import ai.djl.ndarray.NDManager;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;

/** Trains one model for many steps and samples the process's resident memory at fixed intervals. */
public final class MemorySoak {

    /** @param heapCommittedKb the Java heap's committed size, part of the resident memory as its pages are touched */
    public record Sample(long step, long residentKb, long heapCommittedKb) {

        static Sample now(long step) {
            return new Sample(step, ResidentMemory.kilobytes(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024);
        }
    }

    /**
     * @param growthPercent from the first sample at or after the warm-up to the last, percent
     * @param megabytesPerThousandSteps least-squares slope after the warm-up
     * @param outsideHeapGrowthPercent the same growth of resident memory minus the committed Java heap (native
     *     memory, mostly), which the heap's own expansions do not move
     */
    public record Result(List<Sample> samples, long warmupSteps, double growthPercent, double megabytesPerThousandSteps,
            double outsideHeapGrowthPercent, double seconds) {

        static Result of(List<Sample> samples, long warmupSteps, double seconds) {
            long[] steps = samples.stream().mapToLong(Sample::step).toArray();
            long[] rss = samples.stream().mapToLong(Sample::residentKb).toArray();
            long[] outside = samples.stream().mapToLong(s -> s.residentKb() - s.heapCommittedKb()).toArray();
            return new Result(List.copyOf(samples), warmupSteps, BenchStats.growthPercent(steps, rss, warmupSteps),
                    BenchStats.megabytesPerThousandSteps(steps, rss, warmupSteps),
                    BenchStats.growthPercent(steps, outside, warmupSteps), seconds);
        }
    }

    private MemorySoak() {}

    /** Samples after building the model (step 0), every {@code every} steps, and after the last step. */
    public static Result run(NDManager root, BenchModel model, BenchData data, int threads, long steps, long every,
            long warmupSteps, Consumer<String> progress) {
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        try (Experiment<?> experiment = model.create(root, data.dataset(), data.spec(), threads)) {
            samples.add(Sample.now(0));
            for (long i = 1; i <= steps; i++) {
                experiment.step(StepKind.BOTH);
                if (i % every == 0 || i == steps) {
                    Sample s = Sample.now(i);
                    samples.add(s);
                    progress.accept(String.format(Locale.ROOT, "%s step %d/%d: %.1f MB resident, Java heap %.1f MB committed",
                            model.cliName(), i, steps, s.residentKb() / 1024.0, s.heapCommittedKb() / 1024.0));
                }
            }
        }
        return Result.of(samples, warmupSteps, (System.nanoTime() - start) / 1e9);
    }
}
