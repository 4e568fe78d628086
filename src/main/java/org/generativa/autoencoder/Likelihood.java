package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A VAE decoder's distribution over data. */
public enum Likelihood {
    /** Independent Bernoulli pixels with probabilities sigmoid(logits): images in [0, 1] only. */
    BERNOULLI("bernoulli"),
    /**
     * Independent Gaussians around the decoder's output with one shared variance set to its maximum
     * likelihood value, the batch's mean squared error (Rybkin et al.'s optimal sigma-VAE).
     */
    GAUSSIAN("gaussian");

    private final String cliName;

    Likelihood(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Likelihood fromCliName(String name) {
        return CliChoices.byName(values(), Likelihood::cliName, name, "likelihood");
    }
}
