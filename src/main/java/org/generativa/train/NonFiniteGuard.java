package org.generativa.train;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Messages;
import org.generativa.common.Sentence;

/**
 * Watches a run's loss terms step by step and says when one stops being a number: any term that becomes infinite, or
 * a loss measured at every step that becomes NaN after it had been a number (NaN otherwise means "not measured this
 * step"). Such a run has diverged, and every later step only spreads the NaN through the weights. What it says names
 * the learning rates the run had when it diverged, and a tenth of them to try.
 */
public final class NonFiniteGuard {

    /** The values that are losses, their terms or G's gradient, whichever model reports them. */
    static final Set<String> TERMS = Set.of("loss_d", "loss_g", "loss", "recon", "kl", "neg_elbo_nats", "sparsity",
            "contractive", "correntropy", "adv_d", "adv_g", "gp", "w_estimate", "grad_norm_g");
    /** The losses every full training step measures, so that NaN there is never "not measured". */
    static final Set<String> EVERY_STEP = Set.of("loss_d", "loss_g", "loss", "recon");

    /** Stands for the weights, when they are what stopped being numbers. */
    static final String WEIGHTS = "weights";

    /**
     * A term that stopped being a number at {@code step}.
     *
     * @param rates the learning rates when it did: one, or G's then D's; empty where the model did not say
     */
    public record Divergence(long step, String term, double value, List<Double> rates) {

        public Divergence {
            rates = List.copyOf(rates);
        }

        /** One sentence for the user: when, which term, and what to do. */
        public InvalidInputException refusal() {
            if (term.equals(WEIGHTS)) {
                return InvalidInputException.of("training.weightsDiverged", stepText(step), advice());
            }
            return InvalidInputException.of("training.diverged", stepText(step), name(), shown(), advice());
        }

        /** As {@link #refusal()}, for a run that went back to its state at step {@code good}. */
        public Sentence restoredTo(long good) {
            if (term.equals(WEIGHTS)) {
                return Sentence.of("training.weightsDivergedRestored", stepText(step), stepText(good), advice());
            }
            return Sentence.of("training.divergedRestored", stepText(step), name(), shown(), stepText(good), advice());
        }

        private Sentence advice() {
            return switch (rates.size()) {
                case 1 -> Sentence.of("training.lowerRateFrom", decimal(rates.get(0)), decimal(rates.get(0) / 10));
                case 2 -> Sentence.of("training.lowerRatesFrom", decimal(rates.get(0)), decimal(rates.get(0) / 10),
                        decimal(rates.get(1)), decimal(rates.get(1) / 10));
                default -> Sentence.of("training.lowerRate");
            };
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

        /** Plain decimal notation in the language's digits, three significant digits at most: 0.0001, 0,0005. */
        private static Sentence decimal(double v) {
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
            return language -> {
                NumberFormat format = NumberFormat.getNumberInstance(language);
                format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
                return format.format(rounded);
            };
        }
    }

    private final List<String> names;
    private final Supplier<List<Double>> rates;
    private final boolean[] watched;
    private final boolean[] everyStep;
    private final boolean[] measured;

    /** @param rates the run's learning rates as they are now (one, or G's then D's), read when it diverges */
    public NonFiniteGuard(List<String> names, Supplier<List<Double>> rates) {
        this.names = List.copyOf(names);
        this.rates = rates;
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
                found = new Divergence(point.step(), names.get(i), v, rates.get());
            } else if (found == null && everyStep[i] && measured[i]) {
                found = new Divergence(point.step(), names.get(i), v, rates.get());
            }
        }
        // An infinite term is where it began: the NaN in the total follows from it.
        return Optional.ofNullable(found);
    }

    /** Weights that stopped being numbers at {@code step} while the losses still were. */
    public Divergence weightsDiverged(long step) {
        return new Divergence(step, WEIGHTS, Double.NaN, rates.get());
    }
}
