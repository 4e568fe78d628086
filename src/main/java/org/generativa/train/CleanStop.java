package org.generativa.train;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets SIGTERM or Ctrl-C end a headless run between two steps. The JVM runs its shutdown while other threads go on,
 * and a step still inside libtorch when the process's native memory is torn down can crash it; so the shutdown waits
 * here until the training thread has left its step, and that thread then never enters native code again.
 */
public final class CleanStop {

    /** A stop that is never requested: for runs inside a test or the app, which stop by their own means. */
    public static final CleanStop NEVER = new CleanStop();

    /** How long a shutdown waits for the step in progress (a step of the largest model takes a few seconds). */
    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch outside = new CountDownLatch(1);
    private volatile boolean requested;
    private Thread hook;

    private CleanStop() {}

    /**
     * Registers the shutdown wait; {@code said} tells the user what was kept, once the training thread has stopped
     * (or the wait has run out).
     */
    public static CleanStop install(Runnable said) {
        CleanStop stop = new CleanStop();
        stop.hook = new Thread(() -> {
            stop.requested = true;
            try {
                stop.outside.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            said.run();
        }, "generativa-clean-stop");
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether the process is being stopped: the training loop checks this between steps. */
    public boolean requested() {
        return requested;
    }

    /** Called by the training thread when it has left native code for good, whether it stopped or finished. */
    public void leftNativeCode() {
        outside.countDown();
    }

    /**
     * Called by the training thread when a stop was requested: it lets the shutdown go on and waits for the process
     * to end, so nothing it would do next can touch freed native memory.
     */
    public void parkUntilExit() {
        leftNativeCode();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // the process is ending; keep out of native code until it has
            }
        }
    }

    /** Removes the shutdown wait once the run has ended by itself. */
    public void uninstall() {
        leftNativeCode();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutdown has begun: the hook runs and finds the run already outside native code
            }
        }
    }
}
