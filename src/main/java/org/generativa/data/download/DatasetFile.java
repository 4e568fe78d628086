package org.generativa.data.download;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One file of a downloadable dataset: its name (the last part of its URL and its name in the
 * cache), its SHA-256 in hex, and its size in bytes, or 0 when the size is not known.
 */
public record DatasetFile(String name, String sha256, long size) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

    public DatasetFile {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A dataset file name must be a plain file name, not '" + name + "'.");
        }
        sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!HEX_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("The SHA-256 of " + name + " must be 64 hex digits, not '" + sha256 + "'.");
        }
        size = Math.max(0, size);
    }

    public DatasetFile(String name, String sha256) {
        this(name, sha256, 0);
    }

    public boolean sizeKnown() {
        return size > 0;
    }
}
