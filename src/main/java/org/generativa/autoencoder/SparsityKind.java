package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** The activity penalty of a sparse autoencoder. */
public enum SparsityKind implements CliChoice {
    /** Sum of the code activations, mean over the batch. */
    L1("l1"),
    /** Sum over code units of KL(rho || rho_hat_j), rho_hat_j the unit's mean activation over the batch. */
    KL("kl");

    private final String cliName;

    SparsityKind(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static SparsityKind fromCliName(String name) {
        return CliChoice.parse(SparsityKind.class, name, "choice.sparsity");
    }
}
