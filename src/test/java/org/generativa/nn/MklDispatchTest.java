package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.generativa.nn.MklDispatch.State;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

class MklDispatchTest extends EngineTest {

    @Test
    void theHelperIsLoadedOnlyWhereItHelps() {
        assertEquals(State.ACTIVE, MklDispatch.decide("", "Linux", "amd64", "AuthenticAMD", true));
        assertEquals(State.ACTIVE, MklDispatch.decide("on", "Linux", "x86_64", "", true), "an unknown vendor too");
        assertEquals(State.NOT_NEEDED, MklDispatch.decide("", "Linux", "amd64", "GenuineIntel", true));
        assertEquals(State.OFF, MklDispatch.decide("off", "Linux", "amd64", "AuthenticAMD", true));
        assertEquals(State.OFF, MklDispatch.decide("OFF", "Linux", "amd64", "AuthenticAMD", true));
        assertEquals(State.UNAVAILABLE, MklDispatch.decide("", "Linux", "amd64", "AuthenticAMD", false), "built without cc");
        assertEquals(State.UNAVAILABLE, MklDispatch.decide("", "Linux", "aarch64", "", true));
        assertEquals(State.UNAVAILABLE, MklDispatch.decide("", "Windows 11", "amd64", "AuthenticAMD", true));
        assertEquals(State.UNAVAILABLE, MklDispatch.decide("", "Mac OS X", "x86_64", "GenuineIntel", true));
    }

    /** Whatever kernels MKL picked, a matrix product matches one computed in double precision here. */
    @Test
    void matrixProductsStayRightWithTheKernelsMklPicked() {
        assertNotEquals(State.FAILED, MklDispatch.enable(), "the helper is bundled but did not load: see the log");
        int n = 64;
        int k = 300;
        int p = 200;
        SplittableRandom random = new SplittableRandom(5);
        float[] a = new float[n * k];
        float[] b = new float[k * p];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextGaussian();
        }
        NDArray product = m.create(a, new Shape(n, k)).matMul(m.create(b, new Shape(k, p)));
        float[] got = product.toFloatArray();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                double expected = 0;
                for (int i = 0; i < k; i++) {
                    expected += (double) a[r * k + i] * b[i * p + c];
                }
                assertEquals(expected, got[r * p + c], 1e-4 * Math.sqrt(k) * 4, "entry " + r + "," + c);
            }
        }
    }

    @Test
    void thisLinuxMachinesVendorIsRead() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        String vendor = MklDispatch.cpuVendor();
        assertFalse(vendor.isEmpty(), "vendor_id in /proc/cpuinfo");
    }
}
