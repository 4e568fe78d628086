package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** A VAE decoder's distribution over data. */
public enum Likelihood implements CliChoice {
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
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Likelihood fromCliName(String name) {
        return CliChoice.parse(Likelihood.class, name, "choice.likelihood");
    }
}
