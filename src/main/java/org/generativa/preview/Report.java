package org.generativa.preview;

/** A measurement an experiment takes now and then, slower than a step's metrics (sample quality, say). */
public interface Report {}
