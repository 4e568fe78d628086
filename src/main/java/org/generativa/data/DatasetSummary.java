package org.generativa.data;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * What a dataset picker shows about a set: size, shape, classes and how balanced they are, and a
 * few items to look at.
 *
 * @param classCounts items per label (all items of a finite set, a sample of a distribution); empty when unlabelled
 * @param preview {@code previewCount} items laid out as in a {@link Batch}
 */
public record DatasetSummary(String name, DataKind kind, int[] itemShape, OptionalInt size, List<String> labelNames,
        long[] classCounts, float[] preview, int previewCount) {

    public static final int PREVIEW_IMAGES = 64;
    public static final int PREVIEW_POINTS = 1000;
    private static final int BALANCE_SAMPLE = 5000;

    public static DatasetSummary of(Dataset dataset) {
        boolean images = dataset.kind() == DataKind.IMAGES;
        int previewCount = images ? PREVIEW_IMAGES : PREVIEW_POINTS;
        float[] preview;
        if (dataset instanceof ImageSet set) {
            previewCount = Math.min(previewCount, set.count());
            preview = new float[previewCount * set.itemSize()];
            for (int i = 0; i < previewCount; i++) {
                set.read(spread(i, previewCount, set.count()), preview, i * set.itemSize());
            }
        } else {
            preview = dataset.sample(previewCount, new SplittableRandom(0)).values();
        }
        return new DatasetSummary(dataset.name(), dataset.kind(), dataset.itemShape(), dataset.size(),
                dataset.labelNames(), classCounts(dataset), preview, previewCount);
    }

    /** Item {@code i} of {@code n} evenly spread over {@code total} items (a varied preview, not the first few). */
    private static int spread(int i, int n, int total) {
        return (int) ((long) i * total / n);
    }

    private static long[] classCounts(Dataset dataset) {
        int classes = dataset.labelNames().size();
        if (classes == 0) {
            return new long[0];
        }
        long[] counts = new long[classes];
        if (dataset instanceof ImageSet set) {
            for (int i = 0; i < set.count(); i++) {
                int label = set.label(i);
                if (label >= 0 && label < classes) {
                    counts[label]++;
                }
            }
        } else {
            for (int label : dataset.sample(BALANCE_SAMPLE, new SplittableRandom(0)).labels()) {
                if (label >= 0 && label < classes) {
                    counts[label]++;
                }
            }
        }
        return counts;
    }

    /** Human-readable shape: 28×28, 3×32×32, 2-D point, 1-D value. */
    public String shapeText() {
        return switch (kind) {
            case SCALARS -> "1-D value";
            case POINTS -> "2-D point";
            case IMAGES -> (itemShape[0] == 1 ? "" : itemShape[0] + "×") + itemShape[1] + "×" + itemShape[2];
        };
    }
}
