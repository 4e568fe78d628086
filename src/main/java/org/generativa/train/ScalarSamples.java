package org.generativa.train;

/** Real and generated 1-D values, shown as two densities. */
public record ScalarSamples(float[] real, float[] generated) implements Preview {}
