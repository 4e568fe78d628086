package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OtherLoadTest {

    @Test
    void busyTicksAreUserNiceSystemIrqAndSoftirqButNotIdleIowaitOrSteal() {
        assertEquals(1 + 2 + 3 + 6 + 7, OtherLoad.busyTicks("cpu  1 2 3 4 5 6 7 8 9 10"), 0);
        assertThrows(IllegalArgumentException.class, () -> OtherLoad.busyTicks("cpu0 1 2 3 4 5 6 7 8"));
        assertThrows(IllegalArgumentException.class, () -> OtherLoad.busyTicks("cpu 1 2 3"));
    }

    @Test
    void otherCoresAreTheMachinesCpuTimeLessThisProcessesPerSecondOfWallTime() {
        Iterator<Double> machine = List.of(100.0, 105.0).iterator();
        Iterator<Double> own = List.of(10.0, 13.0).iterator();
        Iterator<Long> clock = List.of(0L, 2_000_000_000L).iterator();
        OtherLoad load = new OtherLoad(machine::next, own::next, clock::next);
        assertEquals((5.0 - 3.0) / 2, load.otherCores(), 1e-12, "5 s of the machine's CPU in 2 s, 3 of them this process's");

        Iterator<Double> unreadable = List.of(Double.NaN, Double.NaN).iterator();
        Iterator<Long> clock2 = List.of(0L, 1_000_000_000L).iterator();
        assertTrue(Double.isNaN(new OtherLoad(unreadable::next, () -> 1.0, clock2::next).otherCores()));
    }

    @Test
    void aSpinningChildProcessCountsAsOtherLoad() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "Linux only");
        OtherLoad load = OtherLoad.start();
        Process spinner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(2000);
            double others = load.otherCores();
            assertTrue(others >= 0.5, "a shell spinning for 2 s took most of a core: " + others);
        } finally {
            spinner.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
