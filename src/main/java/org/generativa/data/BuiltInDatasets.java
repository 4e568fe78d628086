package org.generativa.data;

import java.util.List;
import java.util.function.LongFunction;
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
                    SyntheticDigits::new),
            new Entry("spiral", DataKind.POINTS, "2",
                    "two-armed Archimedean spiral, 1.5 turns out to radius 4, sigma 0.1",
                    seed -> new Spiral2D()),
            new Entry("moons", DataKind.POINTS, "2",
                    "two interleaving half circles (make_moons) scaled to x in [-4, 4], sigma 0.15",
                    seed -> new Moons2D()),
            new Entry("swissroll", DataKind.POINTS, "2",
                    "2-D swiss roll (t cos t, t sin t), t in [1.5pi, 4.5pi], scaled to radius 4, sigma 0.1",
                    seed -> new SwissRoll2D()),
            new Entry("bimodal", DataKind.SCALARS, "1",
                    "two equal Gaussians on the line at -2 and +2, sigma 0.5",
                    seed -> GaussianMixture1D.bimodal()),
            new Entry("dirac", DataKind.SCALARS, "1",
                    "every value at 0 (sigma 0.02): the Dirac-GAN, where plain gradient steps circle instead of converging",
                    seed -> GaussianMixture1D.dirac()),
            new Entry("sprites", DataKind.IMAGES, "1x32x32",
                    "dSprites-like shapes with known shape, scale, rotation, x and y (92,160 images)",
                    seed -> new Sprites()),
            new Entry("faces", DataKind.IMAGES, "3x32x32",
                    "cartoon faces with independent smile, glasses, beard and hat attributes",
                    CartoonFaces::new));

    private BuiltInDatasets() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The built-in datasets' names, in catalogue order. */
    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /** Whether {@code name} is a built-in dataset's (a downloadable set or a path is not). */
    public static boolean has(String name) {
        return ENTRIES.stream().anyMatch(e -> e.name().equals(name));
    }

    public static Dataset open(String name, long seed) {
        return entry(name).factory().apply(seed);
    }

    /** The catalogue entry called {@code name}; its kind is known without building the data. */
    public static Entry entry(String name) {
        return ENTRIES.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("dataset.unknown", name, String.join(", ", names())));
    }
}
