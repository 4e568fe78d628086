package org.generativa.preview;

/** Real and generated 1-D values, shown as two densities. */
public record ScalarSamples(float[] real, float[] generated) implements Preview {}
