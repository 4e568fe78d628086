package org.generativa.train;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.generativa.common.InvalidInputException;

/**
 * One user-adjustable setting of a configuration {@code C}: its range, whether it applies while
 * training runs, and how to read and write it. Values arrive as text from forms and command lines;
 * {@link #check} says why a text is refused, {@link #refused} turns that into an error sentence.
 */
public final class Hyperparameter<C> implements Setting<C> {

    /** How the value is written and parsed. */
    public enum Kind { INTEGER, REAL }

    /** Why a text was refused: not a number of the right kind, or outside the range. */
    public record Refusal(boolean outOfRange, String text, String low, boolean lowInclusive, String high) {}

    private final String key;
    private final Kind kind;
    private final double min;
    private final double max;
    private final boolean minInclusive;
    private final Applies applies;
    private final Function<C, Number> getter;
    private final BiFunction<C, Number, C> setter;

    private Hyperparameter(String key, Kind kind, double min, boolean minInclusive, double max,
            Applies applies, Function<C, Number> getter, BiFunction<C, Number, C> setter) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.applies = applies;
        this.getter = getter;
        this.setter = setter;
    }

    /** An integer setting in [min, max]. */
    public static <C> Hyperparameter<C> integer(String key, long min, long max, Applies applies,
            Function<C, Number> getter, BiFunction<C, Number, C> setter) {
        return new Hyperparameter<>(key, Kind.INTEGER, min, true, max, applies, getter, setter);
    }

    /** A real setting in (min, max] when {@code minExclusive}, else [min, max]. */
    public static <C> Hyperparameter<C> real(String key, double min, boolean minExclusive, double max,
            Applies applies, Function<C, Number> getter, BiFunction<C, Number, C> setter) {
        return new Hyperparameter<>(key, Kind.REAL, min, !minExclusive, max, applies, getter, setter);
    }

    /** Stable identifier, also the command-line option name without dashes. */
    @Override
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Applies applies() {
        return applies;
    }

    public Number get(C config) {
        return getter.apply(config);
    }

    public C with(C config, Number value) {
        return setter.apply(config, value);
    }

    @Override
    public C copy(C from, C into) {
        return with(into, get(from));
    }

    public String format(C config) {
        return format(get(config));
    }

    public String format(Number value) {
        return kind == Kind.INTEGER ? Long.toString(value.longValue()) : formatReal(value.doubleValue());
    }

    /** Empty when {@code text} is an acceptable value. */
    public Optional<Refusal> check(String text) {
        String trimmed = text == null ? "" : text.trim();
        Optional<Number> value = read(trimmed);
        if (value.isEmpty()) {
            return Optional.of(new Refusal(false, trimmed, low(), minInclusive, high()));
        }
        double v = value.get().doubleValue();
        boolean aboveMin = minInclusive ? v >= min : v > min;
        if (!aboveMin || v > max) {
            return Optional.of(new Refusal(true, trimmed, low(), minInclusive, high()));
        }
        return Optional.empty();
    }

    /**
     * Empty when {@code config}'s value is one the command line would accept: a config read from a file is checked by
     * the same rules as the option.
     */
    public Optional<Refusal> checkValue(C config) {
        Number value = get(config);
        if (kind == Kind.REAL && !Double.isFinite(value.doubleValue())) {
            return Optional.of(new Refusal(false, String.valueOf(value), low(), minInclusive, high()));
        }
        return check(format(value));
    }

    /** Returns the value of {@code text}, or throws with a one-sentence reason that names the setting by its key. */
    public Number parse(String text) {
        return parse(text, key);
    }

    /** As {@link #parse(String)}, the reason naming the setting {@code name} (a command-line option, say). */
    public Number parse(String text, String name) {
        Optional<Refusal> refusal = check(text);
        if (refusal.isPresent()) {
            throw refused(refusal.get(), name);
        }
        return read(text.trim()).orElseThrow();
    }

    /** The reason for {@code refusal} in English, naming the setting by its key. */
    public String describe(Refusal refusal) {
        return refused(refusal, key).getMessage();
    }

    /** The refusal as one sentence that names the setting {@code name}. */
    public InvalidInputException refused(Refusal refusal, String name) {
        if (!refusal.outOfRange()) {
            return InvalidInputException.of(kind == Kind.INTEGER ? "setting.notWholeNumber" : "setting.notNumber", name,
                    refusal.text());
        }
        return InvalidInputException.of(refusal.lowInclusive() ? "setting.range" : "setting.rangeAbove", name, refusal.low(),
                refusal.high(), refusal.text());
    }

    private Optional<Number> read(String text) {
        try {
            if (kind == Kind.INTEGER) {
                return Optional.of(Long.parseLong(text));
            }
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String low() {
        return kind == Kind.INTEGER ? Long.toString((long) min) : formatReal(min);
    }

    private String high() {
        return kind == Kind.INTEGER ? Long.toString((long) max) : formatReal(max);
    }

    /** Plain decimal notation with at most six significant digits: 0.0002, 0.5, 1. */
    private static String formatReal(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
