package org.generativa.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose constants have command-line names; parsing refuses unknown names with the list of choices. */
public interface CliChoice {

    String cliName();

    static <E extends Enum<E> & CliChoice> E parse(Class<E> type, String name, String what) {
        E[] choices = type.getEnumConstants();
        for (E choice : choices) {
            if (choice.cliName().equals(name)) {
                return choice;
            }
        }
        throw new InvalidInputException("Unknown " + what + " '" + name + "': choose "
                + Arrays.stream(choices).map(CliChoice::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
