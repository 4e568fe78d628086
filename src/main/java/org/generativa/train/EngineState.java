package org.generativa.train;

/** What the engine thread is doing. */
public enum EngineState {
    LOADING,
    READY,
    TRAINING,
    PAUSED,
    FAILED,
    STOPPED
}
