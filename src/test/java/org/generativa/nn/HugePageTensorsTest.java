package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.generativa.nn.HugePageTensors.State;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

class HugePageTensorsTest extends EngineTest {

    @Test
    void theSwitchIsSetOnlyOnLinuxAndNeverOverAUsersChoice() {
        assertEquals(State.ACTIVE, HugePageTensors.decide("", "Linux", null));
        assertEquals(State.OFF, HugePageTensors.decide("off", "Linux", null));
        assertEquals(State.OFF, HugePageTensors.decide("OFF", "Linux", "1"));
        assertEquals(State.SET_OUTSIDE, HugePageTensors.decide("", "Linux", "0"));
        assertEquals(State.UNAVAILABLE, HugePageTensors.decide("", "Windows 11", null));
        assertEquals(State.UNAVAILABLE, HugePageTensors.decide("", "Mac OS X", null));
    }

    /** The engine is loaded by the base class, so the variable must already be visible to native code. */
    @Test
    void libtorchSeesTheVariableOnceTheEngineIsLoaded() {
        State state = HugePageTensors.enable();
        assumeTrue(state == State.ACTIVE, "set outside or turned off on this machine: " + state);
        assertEquals("1", HugePageTensors.nativeValue());
    }
}
