package org.generativa.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.generativa.common.InvalidInputException;
import org.generativa.family.ModelFamily;
import org.generativa.train.EngineState;
import org.generativa.train.Experiment;
import org.generativa.train.SessionStatus;
import org.generativa.train.TrainingSession;

/**
 * Slider-to-pixels latency through the path the UI uses: a {@link LatentPreview} request on a
 * {@link TrainingSession}, decoded and rendered on its preview thread, timed from the request to the pixels.
 * Measured with the session paused (idle) and playing (training). Each request is a single slider move at a
 * random moment: after each delivery the next request waits a random time of up to one training step, so
 * requests land at every point of a step.
 */
public final class PreviewLatencyBenchmark {

    private static final long TIMEOUT_SECONDS = 120;
    /** Training time before the step duration is measured, and the measuring window. */
    private static final long SETTLE_MILLIS = 1000;
    private static final long STEP_WINDOW_MILLIS = 2000;

    /** Latencies of one condition, milliseconds. */
    public record Stats(double p50, double p95, double max, int count) {

        static Stats of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(quantile(sorted, 0.50), quantile(sorted, 0.95), sorted[sorted.length - 1], sorted.length);
        }
    }

    /**
     * @param render decoding and rendering alone on the preview thread, while idle
     * @param stepMillis mean duration of one training step while training
     */
    public record Result(String model, int threads, Stats idle, Stats training, Stats render, double stepMillis) {}

    private PreviewLatencyBenchmark() {}

    /** Nearest-rank quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static <C> Result measure(String name, ModelFamily<C> family, C config, int warmup, int requests, long seed,
            Consumer<String> progress) throws InterruptedException {
        int threads = family.threads(config);
        TrainingSession<C> session = new TrainingSession<>(family.factory(), config, threads);
        try {
            session.start();
            awaitState(session, s -> s == EngineState.READY || s == EngineState.PAUSED, "the model to be built");
            int size = onEngine(session, e -> family.latentModel(e).orElseThrow(
                    () -> InvalidInputException.of("latent.noLatentSpace", name)).latentSize());
            LatentPreview preview = new LatentPreview(session, family);
            BlockingQueue<LatentPreview.Rendered> delivered = new LinkedBlockingQueue<>();
            preview.setListener(delivered::add);
            SplittableRandom random = new SplittableRandom(seed);

            progress.accept(name + ": idle");
            List<LatentPreview.Rendered> idle = run(preview, delivered, random, size, warmup, requests, 0);
            progress.accept(name + ": measuring the training step");
            session.play();
            awaitState(session, s -> s == EngineState.TRAINING, "training to start");
            Thread.sleep(SETTLE_MILLIS);
            double stepMillis = stepMillis(session);
            progress.accept(name + ": training (" + Math.round(stepMillis) + " ms a step)");
            List<LatentPreview.Rendered> training = run(preview, delivered, random, size, warmup, requests, stepMillis);
            session.pause();
            return new Result(name, threads, Stats.of(latencies(idle, LatentPreview.Rendered::latencyMillis)),
                    Stats.of(latencies(training, LatentPreview.Rendered::latencyMillis)),
                    Stats.of(latencies(idle, LatentPreview.Rendered::renderMillis)), stepMillis);
        } finally {
            session.stop(10, TimeUnit.SECONDS);
        }
    }

    private static List<LatentPreview.Rendered> run(LatentPreview preview, BlockingQueue<LatentPreview.Rendered> delivered,
            SplittableRandom random, int size, int warmup, int requests, double maxGapMillis) throws InterruptedException {
        List<LatentPreview.Rendered> results = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            if (maxGapMillis > 0) {
                Thread.sleep((long) (random.nextDouble() * maxGapMillis));
            }
            float[] code = new float[size];
            for (int j = 0; j < size; j++) {
                code[j] = (float) random.nextGaussian();
            }
            long id = preview.request(code, -1);
            LatentPreview.Rendered r;
            do {
                r = delivered.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (r == null) {
                    throw new IllegalStateException("no preview within " + TIMEOUT_SECONDS + " s");
                }
            } while (r.requestId() != id);
            if (r.error() != null) {
                throw new IllegalStateException("the preview failed: " + r.error());
            }
            if (i >= warmup) {
                results.add(r);
            }
        }
        return results;
    }

    private static double stepMillis(TrainingSession<?> session) throws InterruptedException {
        long startStep = session.feed().status().step();
        long start = System.nanoTime();
        Thread.sleep(STEP_WINDOW_MILLIS);
        long steps = session.feed().status().step() - startStep;
        double elapsed = (System.nanoTime() - start) / 1e6;
        return steps > 0 ? elapsed / steps : elapsed;
    }

    private static List<Double> latencies(List<LatentPreview.Rendered> results, Function<LatentPreview.Rendered, Double> f) {
        return results.stream().map(f).toList();
    }

    private static <C, T> T onEngine(TrainingSession<C> session, Function<Experiment<C>, T> job) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        session.withExperiment(e -> {
            try {
                result.complete(job.apply(e));
            } catch (RuntimeException ex) {
                result.completeExceptionally(ex);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the engine did not answer within " + TIMEOUT_SECONDS + " s");
        }
    }

    private static void awaitState(TrainingSession<?> session, Predicate<EngineState> wanted, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            SessionStatus status = session.feed().status();
            if (status.state() == EngineState.FAILED) {
                throw new IllegalStateException("the session failed: " + status.message().in(Locale.ROOT));
            }
            if (wanted.test(status.state())) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }
}
