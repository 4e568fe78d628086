package org.generativa.data;

/**
 * An image after center-crop and resize: {@code side} x {@code side} RGB bytes, row-major, and
 * whether every pixel was gray.
 */
record SquareImage(byte[] rgb, boolean gray) {}
