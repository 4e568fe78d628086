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
     * Training steps each exercise gets at most here; each stops once its last check passed. Measured with
     * `exercise run NAME --json` on 2 cores (last check at step, seconds): vanilla GAN 240 (2 s), denoising 192 (3 s),
     * sparse 54 (0.3 s), linear AE against PCA 746 (18 s), mode collapse 8,300 in all (15 s), DCGAN 82 (29 s),
     * DCGAN on faces 16 (12 s), vanishing gradients 144 in all (2 s), contractive 93 (1 s), VAE β 76 (5 s),
     * 2-D code 189 (5 s), stacked pretraining 510 (2 s), latent operations 152 (14 s).
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
