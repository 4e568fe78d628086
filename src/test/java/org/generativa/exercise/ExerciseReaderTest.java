package org.generativa.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExerciseReaderTest {

    private static final String STEP = "{\"text\": \"Press Play.\", \"check\": {\"metric\": \"d_fake\", \"min\": 0.3, \"max\": 0.7, \"for_steps\": 5}}";

    private static String exercise(String extra, String steps) {
        return "{\"id\": \"mine\", \"title\": {\"en\": \"Mine\", \"es\": \"Mío\"}, \"model\": \"gan\", \"dataset\": \"ring8\""
                + extra + ", \"steps\": [" + steps + "]}";
    }

    @Test
    void aGoodFileReadsWithEveryPart() {
        Exercise e = ExerciseReader.read(exercise(", \"settings\": {\"lr-g\": 0.001, \"loss\": \"minimax\"}, \"locked\": [\"model\", \"lr-g\"],"
                + " \"hidden\": [\"loss\"]", STEP + ", {\"text\": {\"en\": \"Why?\"}, \"question\": {\"text\": \"Which?\","
                + " \"choices\": [\"a\", {\"en\": \"b\", \"el\": \"β\"}], \"answer\": 1}}"), "mine.json");
        assertEquals("mine", e.id());
        assertEquals("Mío", Exercise.in(e.title(), "es"));
        assertEquals("Mine", Exercise.in(e.title(), "pt"), "English where a language has no text");
        assertEquals("0.001", e.settings().get("lr-g"));
        assertEquals(List.of("model", "lr-g"), e.locked());
        assertEquals(List.of("loss"), e.hidden());
        LiveCheck check = e.steps().get(0).check();
        assertEquals(5, check.forSteps());
        assertTrue(check.holds(name -> 0.5));
        assertFalse(check.holds(name -> 0.8));
        assertFalse(check.holds(name -> Double.NaN), "a value not measured breaks the run");
        Question q = e.steps().get(1).question();
        assertEquals(1, q.answer());
        assertEquals("β", Exercise.in(q.choices().get(1), "el"));
        assertEquals("gans", e.tab(), "the GAN tab unless said otherwise");
    }

    @Test
    void aCheckRelativeToAnotherValueComparesTheDifference() {
        LiveCheck gain = new LiveCheck("psnr_out", "psnr_in", 3, Double.NaN, 1, 0);
        assertTrue(gain.holds(name -> name.equals("psnr_out") ? 18 : 14));
        assertFalse(gain.holds(name -> name.equals("psnr_out") ? 16 : 14));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"id\": \"mine\",\n \"title\": }", "mine.json, line 2, column 11: this is not valid JSON"),
                Arguments.of("[1, 2]", "mine.json must hold one JSON object"),
                Arguments.of(exercise(", \"colour\": \"red\"", STEP), "mine.json: unknown key “colour”"),
                Arguments.of(exercise("", STEP).replace("\"model\": \"gan\", ", ""), "mine.json: the key “model” is missing."),
                Arguments.of(exercise("", STEP).replace("\"en\": \"Mine\", ", ""), "mine.json: title has no English text"),
                Arguments.of(exercise("", STEP).replace("\"es\"", "\"fr\""), "mine.json: title has text in “fr”"),
                Arguments.of(exercise("", STEP).replace("\"gan\"", "\"gam\""), "mine.json: there is no model “gam”"),
                Arguments.of(exercise("", STEP).replace("ring8", "ring9"), "mine.json: “ring9” is no built-in dataset"),
                Arguments.of(exercise(", \"settings\": {\"lr-g\": 7}", STEP), "mine.json, settings.lr-g:"),
                Arguments.of(exercise(", \"settings\": {\"code\": 7}", STEP), "mine.json, settings.code:"),
                Arguments.of(exercise(", \"locked\": [\"colour\"]", STEP), "mine.json: locked names \"colour\", which is no control"),
                Arguments.of(exercise("", ""), "mine.json: “steps” must be a list of at least one step."),
                Arguments.of(exercise("", STEP.replace("d_fake", "recognisable")), "steps[0].check checks “recognisable”, which gan does not report"),
                Arguments.of(exercise("", STEP.replace("0.7", "0.1")), "steps[0].check needs min, max or both, with min no larger than max"),
                Arguments.of(exercise("", STEP.replace("\"for_steps\": 5", "\"for_steps\": 0")), "steps[0].check.for_steps must be 1 to 1,000,000 steps"),
                Arguments.of(exercise("", "{\"text\": \"Which?\", \"question\": {\"text\": \"?\", \"choices\": [\"a\", \"b\"], \"answer\": 2}}"),
                        "steps[0].question.answer is 2"),
                Arguments.of(exercise("", STEP.replace("\"min\": 0.3", "\"min\": \"low\"")), "steps[0].check.min must be a number, not \"low\""),
                Arguments.of(exercise(", \"tab\": \"games\"", STEP), "mine.json: there is no tab “games”"),
                Arguments.of(exercise("", STEP).replace("\"mine\"", "\"My Exercise\""), "the id “My Exercise” must be lower-case"),
                Arguments.of(exercise(", \"format\": 2", STEP), "mine.json: format 2 is not one this version reads"),
                Arguments.of(exercise("", STEP.replace("\"d_fake\"", "\"modes_captured\", \"relative_to\": \"d_fake\"")),
                        "mine.json, steps[0].check.relative_to: modes_captured is measured now and then"),
                Arguments.of(exercise("", STEP.replace("\"for_steps\": 5", "\"from_step\": -5")),
                        "mine.json: steps[0].check.from_step must be a training step, 0 or more, not -5."),
                Arguments.of(exercise("", STEP + ", {\"text\": \"Cure it.\", \"settings\": {\"packing\": 0}}"),
                        "mine.json, steps[1].settings.packing:"),
                Arguments.of(exercise("", STEP).replace("ring8", "digits").replace("\"gan\"", "\"vae\"")
                        .replace("d_fake", "modes_captured"), "steps[0].check checks “modes_captured”, which vae does not report"),
                Arguments.of(exercise("", STEP).replace("ring8", "mnist"), "mine.json: mnist is downloaded, not built in"),
                Arguments.of(exercise(", \"offline_dataset\": \"ring8\"", STEP).replace("\"dataset\": \"ring8\",", "\"dataset\": \"mnist\","),
                        "mine.json: offline_dataset “ring8” must be a built-in image dataset"));
    }

    @Test
    void anExerciseOnDownloadableDataRunsOnItsStandInUntilTheDataIsHere() {
        Exercise e = ExerciseReader.read(exercise(", \"offline_dataset\": \"digits\"", STEP).replace("ring8", "mnist"), "mine.json");
        assertEquals("mnist", e.dataset());
        assertEquals("digits", e.offlineDataset());
        assertEquals("digits", e.on(source -> false).dataset());
        assertSame(e, e.on("mnist"::equals), "downloaded: as written");
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void eachMalformedFileIsRefusedInOneSentenceNamingTheFileAndWhatIsWrong(String json, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExerciseReader.read(json, "mine.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("mine.json"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one sentence: " + e.getMessage());
    }
}
