package org.generativa.common;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** The processor time this process has used, all its threads together. */
public final class ProcessCpu {

    private ProcessCpu() {}

    /** Nanoseconds of processor time, or -1 where the platform does not say. */
    public static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
