package org.generativa.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.generativa.common.CliChoice;
import org.generativa.common.InvalidInputException;
import org.generativa.nn.Scalars;

/**
 * The discriminator's and generator's objectives, written on D's raw outputs {@code l}. For the
 * cross-entropy losses D(x) = sigmoid(l), and log D = -softplus(-l), log(1 - D) = -softplus(l) stay
 * finite. Scalars inside the graph go through {@link Scalars} (DJL frees its own too early).
 *
 * <p>The discriminator loss takes all outputs of one step together, with a mask saying which
 * examples are presented as real (label flipping moves examples across) and a target for real ones
 * (one-sided label smoothing lowers it). With N examples per side and no flipping or smoothing each
 * formula is the textbook one:
 * <ul>
 *   <li>cross-entropy: -mean log D(x) - mean log(1 - D(G(z)))
 *   <li>least squares: 1/2 mean (l_real - 1)^2 + 1/2 mean l_fake^2
 *   <li>hinge: mean relu(1 - l_real) + mean relu(1 + l_fake)
 *   <li>Wasserstein: mean l_fake - mean l_real
 * </ul>
 */
public enum GanLoss implements CliChoice {
    /** The original game: G minimises log(1 - D(G(z))), whose gradient vanishes when D wins. */
    MINIMAX("minimax"),
    /** G maximises log D(G(z)) instead: same fixed point, strong gradients when D wins. */
    NON_SATURATING("non-saturating"),
    /** Mao et al.: least squares towards targets 1 (real) and 0 (fake); G pulls D(G(z)) towards 1. */
    LSGAN("lsgan"),
    /** Lim and Ye / Miyato et al.: margins for D, G maximises the raw output. */
    HINGE("hinge"),
    /** The WGAN critic's estimate of the Earth mover's distance; chosen by the model, not by the user. */
    WASSERSTEIN("wasserstein");

    /** The losses a user picks for the non-Wasserstein models. */
    public static final List<GanLoss> CHOICES = List.of(NON_SATURATING, MINIMAX, LSGAN, HINGE);

    private final String cliName;

    GanLoss(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
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
        throw InvalidInputException.of("gan.unknownLoss", name);
    }

    /** Whether real targets are numbers that smoothing can lower. */
    public boolean hasTargets() {
        return this != HINGE && this != WASSERSTEIN;
    }

    /** The textbook loss for one batch of real and one of fake outputs. */
    public NDArray discriminatorLoss(NDArray realOutputs, NDArray fakeOutputs) {
        NDArray real = realOutputs.flatten();
        NDArray fake = fakeOutputs.flatten();
        return discriminatorLoss(real, real.onesLike(), 0, real.size())
                .add(discriminatorLoss(fake, fake.zerosLike(), 0, fake.size()));
    }

    /**
     * @param outputs D's outputs on all examples of the step, real ones and fake ones (2N)
     * @param presentedReal 1 where an example is presented as real, 0 where as fake
     * @param smoothing one-sided label smoothing: real targets are 1 - smoothing
     * @param perSide N, the number of examples each side started with (sums are divided by it)
     */
    public NDArray discriminatorLoss(NDArray outputs, NDArray presentedReal, float smoothing, long perSide) {
        NDArray real = presentedReal;
        NDArray fake = presentedReal.neg().add(1);
        NDArray total = switch (this) {
            case MINIMAX, NON_SATURATING -> {
                NDArray target = real.mul(1 - smoothing);
                yield target.mul(Activation.softPlus(outputs.neg()))
                        .add(target.neg().add(1).mul(Activation.softPlus(outputs))).sum();
            }
            case LSGAN -> Scalars.times(outputs.sub(real.mul(1 - smoothing)).square().sum(), 0.5);
            case HINGE -> real.mul(Activation.relu(outputs.neg().add(1)))
                    .add(fake.mul(Activation.relu(outputs.add(1)))).sum();
            case WASSERSTEIN -> fake.mul(outputs).sub(real.mul(outputs)).sum();
        };
        return Scalars.times(total, 1.0 / perSide);
    }

    public NDArray generatorLoss(NDArray fakeOutputs) {
        return switch (this) {
            case MINIMAX -> Activation.softPlus(fakeOutputs).mean().neg();
            case NON_SATURATING -> Activation.softPlus(fakeOutputs.neg()).mean();
            case LSGAN -> Scalars.times(fakeOutputs.sub(1).square().mean(), 0.5);
            case HINGE, WASSERSTEIN -> fakeOutputs.mean().neg();
        };
    }

    /** What the charts show as D(x): a probability for the cross-entropy losses, the raw output otherwise. */
    public NDArray score(NDArray outputs) {
        return this == MINIMAX || this == NON_SATURATING ? Activation.sigmoid(outputs) : outputs;
    }

    /** The score at which D calls an example real (for the confusion matrix). */
    public float threshold() {
        return this == HINGE || this == WASSERSTEIN ? 0f : 0.5f;
    }
}
