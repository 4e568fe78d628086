package org.generativa.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DatasetLoader;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.testing.EngineTest;
import org.generativa.testing.Tiny;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest extends EngineTest {

    @TempDir
    Path temp;

    @Test
    void aSavedRunReopensWithItsWeightsStepAndMetrics() throws Exception {
        GanConfig config = Tiny.gan(GanModelKind.GAN, "ring8");
        Path file = temp.resolve("ring.genrun");
        float[] before;
        List<MetricPoint> points = new ArrayList<>();
        try (GanExperiment experiment = new GanExperiment(root, DatasetLoader.forRun(config.dataset()), config)) {
            for (int i = 0; i < 7; i++) {
                points.add(experiment.step(StepKind.BOTH));
            }
            RecordedMetrics metrics = new RecordedMetrics(experiment.metricNames(), points);
            RunFile.save(GanFamily.INSTANCE, experiment, config, metrics, file);
            before = GanFamily.INSTANCE.latentModel(experiment).orElseThrow().decode(new float[config.latentSize()], 1, null);
        }
        RunFile.Opened opened = RunFile.open(file, temp.resolve("opened"));
        assertEquals(config, opened.checkpoint().config());
        assertEquals(7, opened.manifest().steps());
        assertEquals("gan", opened.manifest().family());
        assertEquals(7, opened.metrics().points().size());
        assertArrayEquals(points.get(6).values(), opened.metrics().points().get(6).values(), 1e-5);
        try (Experiment<GanConfig> reopened = opened.checkpoint().as(GanFamily.INSTANCE).orElseThrow().factory().create(root, config)) {
            float[] after = GanFamily.INSTANCE.latentModel(reopened).orElseThrow().decode(new float[config.latentSize()], 1, null);
            assertArrayEquals(before, after, 0f, "the weights come back bit for bit");
        }
    }

    @Test
    void badFilesAreRefusedInOneSentence() throws IOException {
        Path missing = temp.resolve("missing.genrun");
        assertEquals("There is no run file at " + missing + ".",
                assertThrows(InvalidInputException.class, () -> RunFile.open(missing, temp.resolve("a"))).getMessage());

        Path text = Files.writeString(temp.resolve("notes.genrun"), "hello");
        assertTrue(assertThrows(InvalidInputException.class, () -> RunFile.open(text, temp.resolve("b"))).getMessage()
                .contains("is not a Generativa run file"));

        Path newer = zip("newer.genrun", "manifest.json", "{\"format\": 9, \"family\": \"gan\", \"steps\": 3}");
        assertEquals(newer + " was saved by a newer Generativa (run format 9); this version opens format 1 and older.",
                assertThrows(InvalidInputException.class, () -> RunFile.open(newer, temp.resolve("c"))).getMessage());

        Path escape = zip("escape.genrun", "../outside.txt", "x");
        assertTrue(assertThrows(InvalidInputException.class, () -> RunFile.open(escape, temp.resolve("d"))).getMessage()
                .contains("holds an entry outside its own folder"));
        assertTrue(Files.notExists(temp.resolve("outside.txt")));

        Path empty = zip("empty.genrun", "manifest.json", "{\"format\": 1, \"family\": \"gan\", \"steps\": 3}");
        assertTrue(assertThrows(InvalidInputException.class, () -> RunFile.open(empty, temp.resolve("e"))).getMessage()
                .startsWith("empty.genrun does not hold a complete run: "));
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes());
            zip.closeEntry();
        }
        return file;
    }
}
