package org.generativa.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** How a convolutional encoder halves the size of its feature maps. */
public enum Downsampling implements CliChoice {
    /** A 4x4 convolution of stride 2. */
    STRIDED("strided"),
    /** A 3x3 convolution, then 2x2 max-pooling (deck 000's drawing). */
    POOLING("pooling");

    private final String cliName;

    Downsampling(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Downsampling fromCliName(String name) {
        return CliChoice.parse(Downsampling.class, name, "choice.downsample");
    }
}
