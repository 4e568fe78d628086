package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.generativa.testing.StubExperiment;
import org.junit.jupiter.api.Test;

class GoodStatesTest {

    /** A model whose state is one number and whose weights go bad when told. */
    private static final class Model extends StubExperiment<String> {
        long steps;
        double weight;
        boolean finite = true;
        final List<String> log = new ArrayList<>();

        @Override
        public StateCopy copyState() {
            double kept = weight;
            long at = steps;
            log.add("copy@" + at);
            return StateCopy.of(() -> weight = kept, () -> log.add("free@" + at));
        }

        @Override
        public boolean weightsFinite() {
            return finite;
        }

        @Override
        public long steps() {
            return steps;
        }
    }

    @Test
    void copiesAreKeptEveryFewHundredSoundStepsTheNewestTwoAndTheNewestIsPutBack() {
        Model model = new Model();
        try (GoodStates states = new GoodStates()) {
            states.startWith(model);
            for (model.steps = 1; model.steps <= 650; model.steps++) {
                model.weight = model.steps;
                assertTrue(states.afterSoundStep(model));
            }
            assertEquals(List.of("copy@0", "copy@200", "copy@400", "free@0", "copy@600", "free@200"), model.log,
                    "one every " + GoodStates.EVERY + " steps, the newest two kept");
            model.weight = Double.NaN;
            assertEquals(OptionalLong.of(600), states.restoreNewest());
            assertEquals(600, model.weight, 0, "back as it was at step 600");

            model.finite = false;
            model.steps = 700;
            assertTrue(states.afterSoundStep(model), "between checks the weights are not looked at");
            model.steps = 800;
            assertFalse(states.afterSoundStep(model), "at the check, weights that are not numbers make the step unsound");
            assertEquals("free@200", model.log.get(model.log.size() - 1), "and no copy is kept of them");
        }
        assertEquals("free@600", model.log.get(model.log.size() - 1), "closing frees the copies");
    }
}
