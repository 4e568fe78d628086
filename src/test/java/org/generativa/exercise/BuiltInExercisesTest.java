package org.generativa.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** Every shipped exercise reads, speaks the four languages, and passes its own checks headless on the built-in data. */
class BuiltInExercisesTest extends EngineTest {

    /**
     * Training steps each exercise gets here. Measured with `exercise run NAME --json`: the last check passed at
     * step 240 (vanilla GAN), 192 (denoising), 54 (sparse), 746 (linear AE against PCA).
     */
    private static final int STEPS = 20_000;

    @Test
    void everyTextOfEveryExerciseIsInTheFourLanguages() {
        List<Exercise> all = BuiltInExercises.all();
        assertEquals(BuiltInExercises.ids().size(), all.size());
        for (Exercise e : all) {
            List<Map<String, String>> texts = new ArrayList<>(List.of(e.title(), e.text()));
            for (ExerciseStep step : e.steps()) {
                texts.add(step.text());
                if (step.question() != null) {
                    texts.add(step.question().text());
                    texts.addAll(step.question().choices());
                }
            }
            for (Map<String, String> text : texts) {
                assertEquals(ExerciseReader.LANGUAGES, text.keySet(), e.id() + ": " + text.get("en"));
            }
            assertTrue(e.steps().stream().anyMatch(s -> s.check() != null), e.id() + " checks something");
        }
    }

    @Test
    void everyExercisePassesItsOwnChecksHeadless() {
        for (Exercise e : BuiltInExercises.all()) {
            ExerciseRun.Outcome outcome = ExerciseRun.run(e, m, STEPS, line -> { });
            assertTrue(outcome.allChecksPassed(), e.id() + ": " + outcome);
            assertEquals(e.steps().size(), outcome.reached(), e.id());
        }
    }
}
