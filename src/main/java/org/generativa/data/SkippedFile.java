package org.generativa.data;

import java.nio.file.Path;

/** A file of an image folder that could not be used, and why (completes "&lt;file&gt; ..."). */
public record SkippedFile(Path file, String reason) {

    @Override
    public String toString() {
        return file + " " + reason;
    }
}
