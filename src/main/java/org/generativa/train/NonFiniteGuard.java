package org.generativa.train;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Messages;
import org.generativa.common.Sentence;

/**
 * Watches a run's loss terms step by step and says when one stops being a number: any term that becomes infinite, or
 * a loss measured at every step that becomes NaN after it had been a number (NaN otherwise means "not measured this
 * step"). Such a run has diverged, and every later step only spreads the NaN through the weights.
 */
public final class NonFiniteGuard {

    /** The values that are losses, their terms or G's gradient, whichever model reports them. */
    static final Set<String> TERMS = Set.of("loss_d", "loss_g", "loss", "recon", "kl", "neg_elbo_nats", "sparsity",
            "contractive", "correntropy", "adv_d", "adv_g", "gp", "w_estimate", "grad_norm_g");
    /** The losses every full training step measures, so that NaN there is never "not measured". */
    static final Set<String> EVERY_STEP = Set.of("loss_d", "loss_g", "loss", "recon");

    /** Stands for the weights, when they are what stopped being numbers. */
    static final String WEIGHTS = "weights";

    /** A term that stopped being a number at {@code step}. */
    public record Divergence(long step, String term, double value) {

        /** Weights that stopped being numbers while the losses still were. */
        public static Divergence ofWeights(long step) {
            return new Divergence(step, WEIGHTS, Double.NaN);
        }

        /** One sentence for the user: when, which term, and what to do. */
        public InvalidInputException refusal() {
            if (term.equals(WEIGHTS)) {
                return InvalidInputException.of("training.weightsDiverged", stepText(step));
            }
            return InvalidInputException.of("training.diverged", stepText(step), name(), shown());
        }

        /** As {@link #refusal()}, for a run that went back to its state at step {@code good}. */
        public Sentence restoredTo(long good) {
            if (term.equals(WEIGHTS)) {
                return Sentence.of("training.weightsDivergedRestored", stepText(step), stepText(good));
            }
            return Sentence.of("training.divergedRestored", stepText(step), name(), shown(), stepText(good));
        }

        private Sentence name() {
            return language -> Messages.getOr(language, "metric." + term, term);
        }

        private String shown() {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "+∞" : "−∞";
        }

        private static Sentence stepText(long step) {
            return language -> String.format(language, "%,d", step);
        }
    }

    private final List<String> names;
    private final boolean[] watched;
    private final boolean[] everyStep;
    private final boolean[] measured;

    public NonFiniteGuard(List<String> names) {
        this.names = List.copyOf(names);
        this.watched = new boolean[names.size()];
        this.everyStep = new boolean[names.size()];
        this.measured = new boolean[names.size()];
        for (int i = 0; i < watched.length; i++) {
            watched[i] = TERMS.contains(names.get(i));
            everyStep[i] = EVERY_STEP.contains(names.get(i));
        }
    }

    /** The first watched term of {@code point} that is no longer a number, if any (points of full training steps). */
    public Optional<Divergence> check(MetricPoint point) {
        double[] values = point.values();
        Divergence found = null;
        for (int i = 0; i < Math.min(values.length, watched.length); i++) {
            if (!watched[i]) {
                continue;
            }
            double v = values[i];
            if (Double.isFinite(v)) {
                measured[i] = true;
            } else if (Double.isInfinite(v) && (found == null || !Double.isInfinite(found.value()))) {
                found = new Divergence(point.step(), names.get(i), v);
            } else if (found == null && everyStep[i] && measured[i]) {
                found = new Divergence(point.step(), names.get(i), v);
            }
        }
        // An infinite term is where it began: the NaN in the total follows from it.
        return Optional.ofNullable(found);
    }
}
