package org.generativa.data;

import java.nio.file.Path;
import java.util.Locale;
import org.generativa.common.Sentence;

/** A file of an image folder that could not be used, and why (completes "&lt;file&gt; ..."). */
public record SkippedFile(Path file, Sentence why) {

    /** Why, in English. */
    public String reason() {
        return why.in(Locale.ROOT);
    }

    /** The file and why, as one sentence that can be put in the user's language. */
    public Sentence sentence() {
        return Sentence.of("folder.skipped", file, why);
    }

    @Override
    public String toString() {
        return sentence().in(Locale.ROOT);
    }
}
