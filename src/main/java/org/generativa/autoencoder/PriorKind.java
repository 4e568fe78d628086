package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** The distribution an adversarial autoencoder pulls its codes towards. */
public enum PriorKind implements CliChoice {
    /** N(0, I). */
    GAUSSIAN("gaussian"),
    /** Eight Gaussians on a circle in the plane; needs a 2-D code (other sizes fall back to {@link #GAUSSIAN}). */
    MIXTURE("mixture");

    private final String cliName;

    PriorKind(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static PriorKind fromCliName(String name) {
        return CliChoice.parse(PriorKind.class, name, "choice.prior");
    }
}
