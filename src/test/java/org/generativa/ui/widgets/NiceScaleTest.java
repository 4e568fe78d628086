package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void picksRoundUnitsWithAtMostTheRequestedTicks() {
        assertEquals(250, NiceScale.tickUnit(1_400, 6), 1e-9);
        assertEquals(500, NiceScale.tickUnit(2_600, 6), 1e-9);
        assertEquals(20_000, NiceScale.tickUnit(100_000, 6), 1e-9);
        assertEquals(2, NiceScale.tickUnit(10, 6), 1e-9);
        assertEquals(1, NiceScale.tickUnit(0, 6), 1e-9);
    }

    @Test
    void ceilingLandsOnAMultipleOfTheUnit() {
        assertEquals(1_500, NiceScale.ceil(1_401, 250), 1e-9);
        assertEquals(1_500, NiceScale.ceil(1_500, 250), 1e-9);
    }
}
