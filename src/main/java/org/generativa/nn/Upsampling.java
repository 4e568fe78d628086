package org.generativa.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** How a convolutional generator or decoder doubles the size of its feature maps. */
public enum Upsampling implements CliChoice {
    /** Nearest-neighbour upsampling followed by a 3x3 convolution. */
    NEAREST("nearest"),
    /** A transposed convolution with a 4x4 kernel and stride 2. */
    TRANSPOSED("transposed");

    private final String cliName;

    Upsampling(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Upsampling fromCliName(String name) {
        return CliChoice.parse(Upsampling.class, name, "choice.upsample");
    }
}
