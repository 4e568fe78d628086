package org.generativa.preview;

/** What the live view shows of a model's output at one moment. Immutable once published. */
public interface Preview {}
