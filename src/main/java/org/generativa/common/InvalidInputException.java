package org.generativa.common;

import java.util.Locale;

/**
 * A problem with something the user supplied (an argument, a value, a file). Its message is one sentence meant
 * for the user: it names the value or file and says what is wrong. Made with {@link #of}, the sentence comes from
 * the {@code i18n/errors} bundles, so the window can show it in the user's language; {@link #getMessage()} is
 * English, for the command line and the log.
 */
public class InvalidInputException extends RuntimeException implements Sentence {

    private final Sentence sentence;

    /** A sentence in English only: for the command line's own checks. */
    public InvalidInputException(String message) {
        this(Sentence.plain(message), null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this(Sentence.plain(message), cause);
    }

    /** A sentence that can be put in the user's language, for subclasses that say more (a download's reason). */
    protected InvalidInputException(Sentence sentence, Throwable cause) {
        super(sentence.in(Locale.ROOT), cause);
        this.sentence = sentence;
    }

    /** The sentence {@code key} of the errors bundles with {@code args}. */
    public static InvalidInputException of(String key, Object... args) {
        return new InvalidInputException(Sentence.of(key, args), null);
    }

    /** As {@link #of(String, Object...)}, keeping what went wrong underneath for the log. */
    public static InvalidInputException of(Throwable cause, String key, Object... args) {
        return new InvalidInputException(Sentence.of(key, args), cause);
    }

    @Override
    public String in(Locale language) {
        return sentence.in(language);
    }
}
