package org.generativa.data;

/** Why one file in an image folder was skipped; the message completes "&lt;file&gt; ...". */
final class UnusableImageException extends RuntimeException {
    UnusableImageException(String reason) {
        super(reason, null, false, false);
    }
}
