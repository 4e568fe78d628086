package org.generativa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.generativa.common.ProcessCpu;

/**
 * How much of the machine other processes took while this one measured: the CPU time every process used (from
 * {@code /proc/stat}, Linux) less this process's own, per second of wall time. 0 means the measurement had the machine
 * to itself; 1 means something else kept a core busy all along, and a timed result from then is not comparable.
 */
public final class OtherLoad {

    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ, the unit of /proc/stat: 100 on every Linux architecture Generativa runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final DoubleSupplier machineBusy;
    private final DoubleSupplier ownCpu;
    private final LongSupplier clock;
    private final double machineAtStart;
    private final double ownAtStart;
    private final long startNanos;

    /**
     * @param machineBusy CPU seconds every process has used since boot
     * @param ownCpu CPU seconds this process has used
     * @param clock nanoseconds of wall time
     */
    OtherLoad(DoubleSupplier machineBusy, DoubleSupplier ownCpu, LongSupplier clock) {
        this.machineBusy = machineBusy;
        this.ownCpu = ownCpu;
        this.clock = clock;
        this.machineAtStart = machineBusy.getAsDouble();
        this.ownAtStart = ownCpu.getAsDouble();
        this.startNanos = clock.getAsLong();
    }

    public static OtherLoad start() {
        return new OtherLoad(OtherLoad::machineBusySeconds, OtherLoad::ownCpuSeconds, System::nanoTime);
    }

    /** Cores' worth of CPU that other processes used since {@link #start}, on average; NaN where it cannot be read. */
    public double otherCores() {
        double wall = (clock.getAsLong() - startNanos) / 1e9;
        double machine = machineBusy.getAsDouble() - machineAtStart;
        double own = ownCpu.getAsDouble() - ownAtStart;
        if (!(wall > 0) || Double.isNaN(machine) || Double.isNaN(own)) {
            return Double.NaN;
        }
        return Math.max(0, (machine - own) / wall);
    }

    private static double machineBusySeconds() {
        try (var lines = Files.lines(STAT)) {
            return lines.findFirst().map(OtherLoad::busyTicks).orElse(Double.NaN) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double ownCpuSeconds() {
        long nanos = ProcessCpu.nanos();
        return nanos < 0 ? Double.NaN : nanos / 1e9;
    }

    /**
     * The busy ticks of /proc/stat's first line, {@code cpu user nice system idle iowait irq softirq steal ...}: all but
     * idle and iowait, and not steal, which is time the hypervisor gave to other machines.
     */
    static double busyTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (f.length < 8 || !f[0].equals("cpu")) {
            throw new IllegalArgumentException("Not the cpu line of /proc/stat: " + cpuLine);
        }
        return Double.parseDouble(f[1]) + Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[6])
                + Double.parseDouble(f[7]);
    }
}
