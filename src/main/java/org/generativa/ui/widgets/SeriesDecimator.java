package org.generativa.ui.widgets;

import java.util.Arrays;

/**
 * Keeps a chart series below a point cap however long training runs. Raw values are kept; the
 * displayed series shows, for each bucket of consecutive steps, its minimum and maximum (so spikes
 * stay visible). When the cap would be exceeded the bucket size doubles and the display is rebuilt.
 */
final class SeriesDecimator {

    /** Points to add to the display, or to replace it with when {@code replace}. */
    record Update(boolean replace, long[] steps, double[] values) {
        boolean isEmpty() {
            return !replace && steps.length == 0;
        }
    }

    private final int cap;
    private long[] rawSteps = new long[1024];
    private float[] rawValues = new float[1024];
    private int rawSize;
    private int bucket = 1;
    private int consumed;
    private int displayed;

    SeriesDecimator(int cap) {
        if (cap < 4) {
            throw new IllegalArgumentException("cap must be at least 4");
        }
        this.cap = cap;
    }

    void add(long step, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (rawSize == rawSteps.length) {
            rawSteps = Arrays.copyOf(rawSteps, rawSize * 2);
            rawValues = Arrays.copyOf(rawValues, rawSize * 2);
        }
        rawSteps[rawSize] = step;
        rawValues[rawSize] = (float) value;
        rawSize++;
    }

    /** The newest step added, or 0. */
    long lastStep() {
        return rawSize == 0 ? 0 : rawSteps[rawSize - 1];
    }

    int bucketSize() {
        return bucket;
    }

    int displayedPoints() {
        return displayed;
    }

    /** What changed in the display since the last call. */
    Update flush() {
        int completeBuckets = (rawSize - consumed) / bucket;
        int pointsPerBucket = bucket == 1 ? 1 : 2;
        if (displayed + completeBuckets * pointsPerBucket <= cap) {
            Update update = emit(consumed, completeBuckets, false);
            consumed += completeBuckets * bucket;
            displayed += update.steps().length;
            return update;
        }
        while ((rawSize / bucket) * 2 > cap) {
            bucket *= 2;
        }
        int buckets = rawSize / bucket;
        Update update = emit(0, buckets, true);
        consumed = buckets * bucket;
        displayed = update.steps().length;
        return update;
    }

    void clear() {
        rawSize = 0;
        bucket = 1;
        consumed = 0;
        displayed = 0;
    }

    private Update emit(int from, int buckets, boolean replace) {
        int per = bucket == 1 ? 1 : 2;
        long[] steps = new long[buckets * per];
        double[] values = new double[buckets * per];
        for (int b = 0; b < buckets; b++) {
            int start = from + b * bucket;
            if (bucket == 1) {
                steps[b] = rawSteps[start];
                values[b] = rawValues[start];
                continue;
            }
            int min = start;
            int max = start;
            for (int i = start + 1; i < start + bucket; i++) {
                if (rawValues[i] < rawValues[min]) {
                    min = i;
                }
                if (rawValues[i] > rawValues[max]) {
                    max = i;
                }
            }
            int first = Math.min(min, max);
            int second = Math.max(min, max);
            steps[2 * b] = rawSteps[first];
            values[2 * b] = rawValues[first];
            steps[2 * b + 1] = rawSteps[second];
            values[2 * b + 1] = rawValues[second];
        }
        return new Update(replace, steps, values);
    }
}
