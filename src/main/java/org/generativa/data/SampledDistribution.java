package org.generativa.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A fixed distribution of 1-D values or 2-D points, sampled afresh every time: no finite item set.
 * Batch labels say which component a sample came from.
 */
public abstract class SampledDistribution implements Dataset {

    private final String name;
    private final DataKind kind;

    protected SampledDistribution(String name, DataKind kind) {
        if (kind == DataKind.IMAGES) {
            throw new IllegalArgumentException("a sampled distribution holds values or points, not images");
        }
        this.name = name;
        this.kind = kind;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DataKind kind() {
        return kind;
    }

    @Override
    public final int[] itemShape() {
        return new int[] {kind == DataKind.SCALARS ? 1 : 2};
    }

    /** Unnamed by default; mixtures name their modes so that conditional models can ask for one. */
    @Override
    public List<String> labelNames() {
        return List.of();
    }

    /** "mode 1", "mode 2", ... */
    static List<String> modeNames(int modes) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= modes; k++) {
            names.add("mode " + k);
        }
        return List.copyOf(names);
    }

    @Override
    public final OptionalInt size() {
        return OptionalInt.empty();
    }
}
