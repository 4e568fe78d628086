package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.generativa.train.EngineState;
import org.generativa.train.SessionStatus;
import org.junit.jupiter.api.Test;

class RateTextTest {

    private static String rate(EngineState state, double perSecond) {
        return MainWindow.rate(new SessionStatus(state, 10, perSecond, 0, null));
    }

    @Test
    void aSlowModelShowsSecondsPerStepAndAFastOneStepsPerSecond() {
        assertEquals("2.5 s/step", rate(EngineState.TRAINING, 0.4));
        assertEquals("12 steps/s", rate(EngineState.TRAINING, 12.3));
        assertEquals("1,234 steps/s", rate(EngineState.TRAINING, 1234));
        assertEquals("measuring speed…", rate(EngineState.TRAINING, 0), "never 0 steps/s while it trains");
        assertEquals("0 steps/s", rate(EngineState.PAUSED, 0));
    }
}
