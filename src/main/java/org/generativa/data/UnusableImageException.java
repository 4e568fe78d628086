package org.generativa.data;

import java.util.Locale;
import org.generativa.common.Sentence;

/** Why one file in an image folder was skipped; the message completes "&lt;file&gt; ...". */
final class UnusableImageException extends RuntimeException {

    private final Sentence reason;

    UnusableImageException(String key, Object... args) {
        this(Sentence.of(key, args));
    }

    private UnusableImageException(Sentence reason) {
        super(reason.in(Locale.ROOT), null, false, false);
        this.reason = reason;
    }

    Sentence reason() {
        return reason;
    }
}
