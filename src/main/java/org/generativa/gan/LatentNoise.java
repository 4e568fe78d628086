package org.generativa.gan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** Where the generator's input noise z comes from. */
public enum LatentNoise implements CliChoice {
    /** Each coordinate drawn from the standard normal N(0, 1). */
    GAUSSIAN("gaussian"),
    /** Each coordinate drawn uniformly from [-1, 1]. */
    UNIFORM("uniform");

    private final String cliName;

    LatentNoise(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static LatentNoise fromCliName(String name) {
        return CliChoice.parse(LatentNoise.class, name, "choice.latentNoise");
    }
}
