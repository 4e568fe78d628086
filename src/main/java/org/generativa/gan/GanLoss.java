package org.generativa.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.InvalidInputException;

/**
 * The discriminator and generator objectives, written on the discriminator's logits so that
 * log-sigmoid terms stay finite: log D(x) = -softplus(-l), log(1 - D(x)) = -softplus(l).
 */
public enum GanLoss {
    /** Goodfellow et al.'s original game: G minimises log(1 - D(G(z))), which saturates early. */
    MINIMAX("minimax"),
    /** G maximises log D(G(z)) instead: same fixed point, strong gradients when D wins. */
    NON_SATURATING("non-saturating");

    private final String cliName;

    GanLoss(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static GanLoss fromCliName(String name) {
        for (GanLoss loss : values()) {
            if (loss.cliName.equals(name)) {
                return loss;
            }
        }
        throw new InvalidInputException(
                "Unknown loss '" + name + "': choose minimax or non-saturating.");
    }

    /** -E[log D(x)] - E[log(1 - D(G(z)))], the same for both variants. */
    public NDArray discriminatorLoss(NDArray realLogits, NDArray fakeLogits) {
        return Activation.softPlus(realLogits.neg()).mean().add(Activation.softPlus(fakeLogits).mean());
    }

    public NDArray generatorLoss(NDArray fakeLogits) {
        return switch (this) {
            case MINIMAX -> Activation.softPlus(fakeLogits).mean().neg();
            case NON_SATURATING -> Activation.softPlus(fakeLogits.neg()).mean();
        };
    }
}
