package org.generativa.autoencoder;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.generativa.common.InvalidInputException;

/** Looks up an enum constant by its command-line name, refusing unknown names with the list of choices. */
final class CliChoices {

    private CliChoices() {}

    static <E extends Enum<E>> E byName(E[] values, Function<E, String> cliName, String given, String what) {
        for (E value : values) {
            if (cliName.apply(value).equals(given)) {
                return value;
            }
        }
        throw new InvalidInputException("Unknown " + what + " '" + given + "': choose "
                + Arrays.stream(values).map(cliName).collect(Collectors.joining(", ")) + ".");
    }
}
