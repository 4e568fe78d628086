package org.generativa.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A deterministic split of a dataset's indices: a fixed shuffle, the first fifth held out (rounded),
 * the rest for training. The same count always gives the same split; both parts are sorted.
 */
public record HeldOutSplit(int[] train, int[] heldOut) {

    public static final double HELD_OUT_FRACTION = 0.2;
    private static final long SEED = 0x53504C4954L;

    public static HeldOutSplit of(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int held = (int) Math.round(count * HELD_OUT_FRACTION);
        int[] heldOut = Arrays.copyOfRange(order, 0, held);
        int[] train = Arrays.copyOfRange(order, held, count);
        Arrays.sort(heldOut);
        Arrays.sort(train);
        return new HeldOutSplit(train, heldOut);
    }
}
