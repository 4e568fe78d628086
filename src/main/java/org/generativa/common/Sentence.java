package org.generativa.common;

import java.util.List;
import java.util.Locale;

/**
 * A sentence for the user that can be put in their language: a key of the {@code i18n/errors} bundles with its
 * arguments, or a plain English sentence from elsewhere (an engine's own message, say). The command line reads
 * English; the window reads the language chosen.
 */
public interface Sentence {

    String in(Locale language);

    /** The sentence {@code key} of the errors bundles with {@code args}; arguments that are sentences follow the language. */
    static Sentence of(String key, Object... args) {
        Object[] kept = args.clone();
        return language -> ErrorTexts.format(language, key, kept);
    }

    /**
     * {@code items} (values or sentences) joined two at a time by the sentence {@code key}, which takes two arguments:
     * with "{0} or {1}", a, b and c read "a or b or c".
     */
    static Sentence joined(String key, List<?> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to join with " + key);
        }
        Object joined = items.get(0);
        for (Object item : items.subList(1, items.size())) {
            joined = of(key, joined, item);
        }
        return joined instanceof Sentence sentence ? sentence : plain(String.valueOf(joined));
    }

    /** A sentence that is the same in every language (a message the app does not write itself). */
    static Sentence plain(String text) {
        return language -> text;
    }

    /**
     * What {@code e} says to the user: a sentence in the language when it is one; running out of memory (Java's or
     * the engine's) as a sentence with what to change; a file
     * that could not be read or written as what stood in the way (permission, a read-only or full disk); else the first line of its own message, never a class name.
     */
    static Sentence of(Throwable e) {
        if (e instanceof Sentence sentence) {
            return sentence;
        }
        if (Failures.outOfMemory(e)) {
            return of("failure.outOfMemory");
        }
        Sentence fileProblem = Failures.fileProblem(e);
        if (fileProblem != null) {
            return fileProblem;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? of("failure.unexplained", AppPaths.logFile()) : plain(message);
    }
}
