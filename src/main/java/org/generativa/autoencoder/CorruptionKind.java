package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** How a denoising autoencoder corrupts its input; the noise level means something different for each. */
public enum CorruptionKind implements CliChoice {
    /** Adds N(0, level^2) noise to every value (then clips images to [0, 1]). */
    GAUSSIAN("gaussian"),
    /** Sets each value to 0 with probability level. */
    MASKING("masking"),
    /** Sets each value with probability level to 0 or 1, each half the time. */
    SALT_AND_PEPPER("salt-and-pepper");

    private final String cliName;

    CorruptionKind(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static CorruptionKind fromCliName(String name) {
        return CliChoice.parse(CorruptionKind.class, name, "choice.corruption");
    }
}
