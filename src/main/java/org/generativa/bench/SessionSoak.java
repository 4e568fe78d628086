package org.generativa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import org.generativa.train.EngineState;
import org.generativa.train.ExperimentFactory;
import org.generativa.train.SessionStatus;
import org.generativa.train.TrainingSession;

/**
 * Works a training session as an impatient class would, for a long time: play, pause and reset over and over, and a
 * slider dragged while the model trains, with a consumer taking the live feed at a window's frame rate. Resident memory
 * and the number of threads are sampled every few cycles; a watchdog that sees the session stop answering reports the
 * threads that are deadlocked, if any, instead of waiting forever.
 */
public final class SessionSoak {

    /** How long the session may take to answer one command before the watchdog calls it stuck. */
    static final long ANSWER_SECONDS = 60;
    private static final long FRAME_MILLIS = 16;

    /** Resident memory and threads at one point of the soak. */
    public record Sample(int cycle, long rssKb, int threads) {}

    /** What a soak measured; {@code stuck} names where the session stopped answering, or is null. */
    public record Result(int cycles, int sliderEvents, long steps, double seconds, List<Sample> samples, String stuck) {

        /** Growth of resident memory from the first sample after warm-up to the last, in percent. */
        public double rssGrowthPercent() {
            return 100.0 * (samples.get(samples.size() - 1).rssKb() - samples.get(0).rssKb()) / samples.get(0).rssKb();
        }
    }

    /** Thrown by the watchdog: the session did not answer within {@link #ANSWER_SECONDS}. */
    static final class Stuck extends RuntimeException {
        Stuck(String where) {
            super(where);
        }
    }

    private SessionSoak() {}

    /**
     * @param slider the config a slider at position {@code x} in [0, 1] gives (a learning rate, say)
     * @param warmupCycles cycles before the first sample, so that caches and pools have filled
     */
    public static <C> Result run(ExperimentFactory<C> factory, C config, int threads, int cycles, int sliderEvents,
            int warmupCycles, int sampleEvery, DoubleFunction<C> slider, Consumer<String> progress) {
        long start = System.nanoTime();
        List<Sample> samples = new ArrayList<>();
        long steps = 0;
        String stuck = null;
        TrainingSession<C> session = new TrainingSession<>(factory, config, threads);
        Thread window = frames(session);
        try {
            session.start();
            await(session, s -> s.state() == EngineState.READY, "building the first model");
            int sent = 0;
            for (int cycle = 1; cycle <= warmupCycles + cycles; cycle++) {
                int events = cycle <= warmupCycles ? 0 : (int) ((long) sliderEvents * (cycle - warmupCycles) / cycles) - sent;
                steps += cycle(session, config, slider, events, cycle);
                sent += events;
                int counted = cycle - warmupCycles;
                if (counted == 0 || counted > 0 && counted % sampleEvery == 0) {
                    System.gc();
                    Sample sample = new Sample(counted, ResidentMemory.kilobytes(), threadCount());
                    samples.add(sample);
                    progress.accept(String.format(Locale.ROOT, "cycle %d/%d: %d steps so far, resident %.1f MB, %d threads",
                            counted, cycles, steps, sample.rssKb() / 1024.0, sample.threads()));
                }
            }
        } catch (Stuck e) {
            stuck = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stuck = "interrupted";
        } finally {
            window.interrupt();
            try {
                session.stop(ANSWER_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Result(cycles, sliderEvents, steps, (System.nanoTime() - start) / 1e9, samples, stuck);
    }

    /** Play until a few steps have passed while the slider moves, pause, reset: the steps it trained. */
    private static <C> long cycle(TrainingSession<C> session, C config, DoubleFunction<C> slider, int events, int cycle)
            throws InterruptedException {
        session.play();
        SessionStatus playing = await(session, s -> s.state() == EngineState.TRAINING && s.step() >= 3, "playing, cycle " + cycle);
        for (int i = 0; i < events; i++) {
            session.applyLive(slider.apply((double) i / Math.max(1, events - 1)));
        }
        session.pause();
        SessionStatus paused = await(session, s -> s.state() == EngineState.PAUSED, "pausing, cycle " + cycle);
        session.reset(config);
        await(session, s -> s.state() == EngineState.READY && s.step() == 0, "resetting, cycle " + cycle);
        return Math.max(playing.step(), paused.step());
    }

    private static SessionStatus await(TrainingSession<?> session, Predicate<SessionStatus> until, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_SECONDS);
        while (System.nanoTime() < deadline) {
            SessionStatus status = session.feed().status();
            if (status != null && status.message() != null && status.state() != EngineState.TRAINING) {
                throw new Stuck(what + ": " + status.message().in(Locale.ROOT));
            }
            if (status != null && until.test(status)) {
                return status;
            }
            Thread.sleep(2);
        }
        throw new Stuck(what + ": no answer in " + ANSWER_SECONDS + " s" + deadlocked());
    }

    /** The deadlocked threads and where each waits, or nothing when none is. */
    static String deadlocked() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.findDeadlockedThreads();
        if (ids == null) {
            return " (no threads are deadlocked)";
        }
        StringBuilder text = new StringBuilder(" (deadlocked:");
        for (ThreadInfo info : threads.getThreadInfo(ids, 1)) {
            text.append(' ').append(info.getThreadName()).append(" waits for ").append(info.getLockName())
                    .append(" held by ").append(info.getLockOwnerName()).append(';');
        }
        return text.append(')').toString();
    }

    /** A stand-in for the window: takes what the session publishes at the frame rate, as the view models do. */
    private static Thread frames(TrainingSession<?> session) {
        Thread window = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                session.feed().takeFrame();
                try {
                    Thread.sleep(FRAME_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "generativa-soak-frames");
        window.setDaemon(true);
        window.start();
        return window;
    }

    private static int threadCount() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
