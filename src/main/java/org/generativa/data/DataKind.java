package org.generativa.data;

/** What one item of a dataset is. */
public enum DataKind {
    /** A single number (1-D toy distributions). */
    SCALARS,
    /** A point in the plane (two coordinates). */
    POINTS,
    /** A grayscale or colour image, channels first, intensities in [0, 1]. */
    IMAGES
}
