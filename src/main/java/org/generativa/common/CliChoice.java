package org.generativa.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum whose constants have command-line names; parsing refuses unknown names with the list of choices. */
public interface CliChoice {

    String cliName();

    /**
     * The constant named {@code name}, or a refusal: the sentence {@code unknown} of the errors bundles, with the
     * name given and the names there are.
     */
    static <E extends Enum<E> & CliChoice> E parse(Class<E> type, String name, String unknown) {
        E[] choices = type.getEnumConstants();
        for (E choice : choices) {
            if (choice.cliName().equals(name)) {
                return choice;
            }
        }
        throw InvalidInputException.of(unknown, name,
                Arrays.stream(choices).map(CliChoice::cliName).collect(Collectors.joining(", ")));
    }
}
