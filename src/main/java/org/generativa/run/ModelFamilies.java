package org.generativa.run;

import java.util.List;
import java.util.Optional;
import org.generativa.autoencoder.AeFamily;
import org.generativa.common.InvalidInputException;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanFamily;

/** The model families Generativa has: the one list the command line, run files and the window take them from. */
public final class ModelFamilies {

    private static final List<ModelFamily<?>> ALL = List.of(GanFamily.INSTANCE, AeFamily.INSTANCE);

    private ModelFamilies() {}

    public static List<ModelFamily<?>> all() {
        return ALL;
    }

    /** The family that has a model of this command-line name. */
    public static Optional<ModelFamily<?>> ofModel(String name) {
        return ALL.stream().filter(f -> f.modelNames().contains(name)).findFirst();
    }

    /** The family of the model {@code name}; an unknown name is refused in one sentence that lists the known ones. */
    public static ModelFamily<?> ofModelOrRefuse(String name) {
        return ofModel(name).orElseThrow(() -> InvalidInputException.of("model.unknown", name, String.join(", ", modelNames())));
    }

    /** Every model's command-line name, family by family. */
    public static List<String> modelNames() {
        return ALL.stream().flatMap(f -> f.modelNames().stream()).toList();
    }
}
