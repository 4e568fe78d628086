package org.generativa.data;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.generativa.common.InvalidInputException;

/** The datasets that ship with Generativa and need no files. */
public final class BuiltInDatasets {

    /** One entry of the catalogue. */
    public record Entry(String name, DataKind kind, String shape, String description, LongFunction<Dataset> factory) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ring8", DataKind.POINTS, "2",
                    "8 Gaussian modes on a circle of radius 2, sigma 0.02",
                    seed -> GaussianMixture2D.ring8()),
            new Entry("grid25", DataKind.POINTS, "2",
                    "25 Gaussian modes on the grid {-4,-2,0,2,4}^2, sigma 0.05",
                    seed -> GaussianMixture2D.grid25()),
            new Entry("digits", DataKind.IMAGES, "1x28x28",
                    "synthetic handwritten digits 0-9, drawn on demand",
                    SyntheticDigits::new));

    private BuiltInDatasets() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Dataset open(String name, long seed) {
        return ENTRIES.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .map(e -> e.factory().apply(seed))
                .orElseThrow(() -> new InvalidInputException("Unknown dataset '" + name + "': choose one of "
                        + ENTRIES.stream().map(Entry::name).collect(Collectors.joining(", ")) + "."));
    }
}
