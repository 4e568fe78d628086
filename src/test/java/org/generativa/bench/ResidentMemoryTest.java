package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void statusLinesAreReadInKilobytes() {
        assertEquals(123456, ResidentMemory.parseKilobytes("VmRSS:\t  123456 kB"));
        assertThrows(IllegalArgumentException.class, () -> ResidentMemory.parseKilobytes("VmRSS: 12 MB"));
    }

    @Test
    void thisProcessHasSomeResidentMemory() {
        assumeTrue(ResidentMemory.available(), "no /proc here");
        long kb = ResidentMemory.kilobytes();
        assertTrue(kb > 10_000 && kb < 100_000_000, kb + " kB");
    }
}
