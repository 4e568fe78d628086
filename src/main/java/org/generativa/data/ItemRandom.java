package org.generativa.data;

import java.util.SplittableRandom;

/** The random stream behind one item of a procedural set: a function of (seed, stream, index) only. */
final class ItemRandom {

    private ItemRandom() {}

    static SplittableRandom of(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ stream) + index));
    }

    /** The SplitMix64 finaliser: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
