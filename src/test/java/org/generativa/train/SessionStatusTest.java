package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionStatusTest {

    @Test
    void progressIsIndeterminateWhileLoadingAndAFractionOfTheTargetOtherwise() {
        assertEquals(-1, new SessionStatus(EngineState.LOADING, 0, 0, 100, null).progress(), 0);
        assertEquals(0, new SessionStatus(EngineState.TRAINING, 50, 10, 0, null).progress(), 0);
        assertEquals(0.25, new SessionStatus(EngineState.TRAINING, 25, 10, 100, null).progress(), 1e-12);
        assertEquals(1.0, new SessionStatus(EngineState.PAUSED, 150, 0, 100, null).progress(), 0);
    }
}
