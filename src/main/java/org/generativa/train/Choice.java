package org.generativa.train;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.generativa.common.CliChoice;
import org.generativa.common.InvalidInputException;

/**
 * A setting that takes one of a few named values (a loss, a kind of corruption) or is on or off (a flag).
 *
 * @param <V> the value type: an enum of {@link CliChoice} constants, or Boolean for a flag
 */
public final class Choice<C, V> implements Setting<C> {

    private final String key;
    private final Applies applies;
    private final List<V> values;
    private final Function<V, String> names;
    private final Function<C, V> getter;
    private final BiFunction<C, V, C> setter;

    private Choice(String key, Applies applies, List<V> values, Function<V, String> names, Function<C, V> getter,
            BiFunction<C, V, C> setter) {
        this.key = key;
        this.applies = applies;
        this.values = List.copyOf(values);
        this.names = names;
        this.getter = getter;
        this.setter = setter;
    }

    /** One of {@code values}, named on the command line by their {@link CliChoice#cliName()}. */
    public static <C, E extends Enum<E> & CliChoice> Choice<C, E> of(String key, List<E> values, Applies applies,
            Function<C, E> getter, BiFunction<C, E, C> setter) {
        return new Choice<>(key, applies, values, CliChoice::cliName, getter, setter);
    }

    /** On or off; on the command line the option alone turns it on. */
    public static <C> Choice<C, Boolean> flag(String key, Applies applies, Function<C, Boolean> getter,
            BiFunction<C, Boolean, C> setter) {
        return new Choice<>(key, applies, List.of(false, true), String::valueOf, getter, setter);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Applies applies() {
        return applies;
    }

    public boolean isFlag() {
        return values.equals(List.of(false, true));
    }

    /** The values a user may pick, in display order. */
    public List<V> values() {
        return values;
    }

    public String nameOf(V value) {
        return names.apply(value);
    }

    public V get(C config) {
        return getter.apply(config);
    }

    public C with(C config, V value) {
        return setter.apply(config, value);
    }

    @Override
    public C copy(C from, C into) {
        return with(into, get(from));
    }

    /** The value named {@code name}, or a sentence listing the names there are. */
    public V parse(String name) {
        for (V value : values) {
            if (nameOf(value).equals(name)) {
                return value;
            }
        }
        throw InvalidInputException.of("setting.unknownChoice", key, name,
                values.stream().map(this::nameOf).collect(Collectors.joining(", ")));
    }
}
