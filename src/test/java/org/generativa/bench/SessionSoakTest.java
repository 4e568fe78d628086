package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class SessionSoakTest {

    @Test
    void theWatchdogNamesDeadlockedThreadsAndWhatTheyWaitFor() throws Exception {
        assertEquals(" (no threads are deadlocked)", SessionSoak.deadlocked());
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHold = new CountDownLatch(2);
        Thread a = new Thread(() -> crossing(first, second, bothHold), "soak-test-a");
        Thread b = new Thread(() -> crossing(second, first, bothHold), "soak-test-b");
        a.setDaemon(true);
        b.setDaemon(true);
        a.start();
        b.start();
        String said = "";
        for (int i = 0; i < 200 && !said.contains("soak-test-b"); i++) {
            Thread.sleep(10);
            said = SessionSoak.deadlocked();
        }
        a.interrupt();
        b.interrupt();
        a.join(TimeUnit.SECONDS.toMillis(10));
        b.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(said.startsWith(" (deadlocked: ") && said.contains("soak-test-a waits for ")
                && said.contains(" held by soak-test-b;"), said);
    }

    private static void crossing(ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHold) {
        mine.lock();
        try {
            bothHold.countDown();
            bothHold.await();
            theirs.lockInterruptibly();
            theirs.unlock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mine.unlock();
        }
    }
}
