package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {

    @Test
    void theMnistTestSetSplitsEightThousandToTwoThousand() {
        HeldOutSplit split = HeldOutSplit.of(10_000);
        assertEquals(8_000, split.train().length);
        assertEquals(2_000, split.heldOut().length);
    }

    @Test
    void partsAreDisjointSortedAndCoverEveryIndex() {
        HeldOutSplit split = HeldOutSplit.of(1_003);
        BitSet seen = new BitSet();
        for (int[] part : new int[][] {split.train(), split.heldOut()}) {
            for (int i = 0; i < part.length; i++) {
                assertFalse(seen.get(part[i]), "index " + part[i] + " twice");
                seen.set(part[i]);
                if (i > 0) {
                    assertEquals(true, part[i] > part[i - 1], "sorted");
                }
            }
        }
        assertEquals(1_003, seen.cardinality());
        assertEquals(201, split.heldOut().length);
    }

    @Test
    void theSplitIsTheSameEveryTimeAndNotJustTheLastFifth() {
        HeldOutSplit a = HeldOutSplit.of(5_000);
        HeldOutSplit b = HeldOutSplit.of(5_000);
        assertArrayEquals(a.heldOut(), b.heldOut());
        assertArrayEquals(a.train(), b.train());
        int early = 0;
        for (int index : a.heldOut()) {
            if (index < 2_500) {
                early++;
            }
        }
        assertEquals(500, early, 60, "held-out images come from the whole range");
    }
}
