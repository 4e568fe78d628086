package org.generativa.common;

/**
 * A problem with something the user supplied (an argument, a value, a file). Its message is one
 * sentence meant for the user: it names the value or file and says what is wrong.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
