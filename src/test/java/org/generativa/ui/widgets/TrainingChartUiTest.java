package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.TrainingChart.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingChartUiTest {

    @TempDir
    Path folder;

    private TrainingChart chart;
    private ChartCard card;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        chart = new TrainingChart(new SimpleBooleanProperty(false), "Discriminator output", "tip", "Probability",
                List.of("mean D(x)", "mean D(G(z))"), List.of("a", "b"));
        card = new ChartCard(chart, "d");
        stage.setScene(new Scene(new StackPane(card), 600, 300));
        stage.show();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private void fill(int steps, java.util.function.LongToDoubleFunction real, java.util.function.LongToDoubleFunction fake)
            throws Exception {
        onFx(() -> {
            for (long s = 0; s < steps; s++) {
                chart.add(0, s, real.applyAsDouble(s));
                chart.add(1, s, fake.applyAsDouble(s));
            }
            chart.flush();
            chart.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void probabilitiesStayOnZeroToOneWhateverTheValues() throws Exception {
        onFx(() -> {
            chart.setScale(Scale.PROBABILITY);
            return null;
        });
        fill(200, s -> 1.0, s -> 0.2 + 0.001 * s);
        assertArrayEquals(new double[] {0, 1}, onFx(chart::valueRange), 0);
        onFx(() -> {
            chart.setScale(Scale.FIT);
            return null;
        });
        double[] fitted = onFx(chart::valueRange);
        assertTrue(fitted[1] > 1, "a fitted axis leaves room above the largest value: " + fitted[1]);
    }

    @Test
    void aLogScaleKeepsTheFirstSpikeFromFlatteningTheRest() throws Exception {
        onFx(() -> {
            chart.setScale(Scale.LOG);
            return null;
        });
        fill(500, s -> s == 0 ? 750 : 0.5 / (1 + s / 100.0), s -> 0.05);
        assertArrayEquals(new double[] {0.01, 1000}, onFx(chart::valueRange), 1e-9);
        onFx(() -> {
            chart.logScaleProperty().set(false);
            return null;
        });
        double[] linear = onFx(chart::valueRange);
        assertTrue(linear[0] < 0.05 && linear[1] >= 750, "linear range " + linear[0] + " to " + linear[1]);
    }

    @Test
    void theReadOutNamesTheStepTheValuesAndAMarkThere() throws Exception {
        fill(300, s -> 0.9, s -> s < 150 ? 0.1 : 0.3);
        onFx(() -> {
            chart.setMarks(List.of(new TrainingChart.Mark(150, 1, "fell from 8 to 6")));
            chart.smoothingProperty().set(0);
            return null;
        });
        List<TrainingChart.ReadoutLine> lines = onFx(() -> chart.readout(150));
        assertEquals("Step 150", lines.get(0).text());
        assertEquals("mean D(x): 0.9", lines.get(1).text());
        assertEquals("mean D(G(z)): 0.3", lines.get(2).text());
        assertEquals(new TrainingChart.ReadoutLine("fell from 8 to 6", 1), lines.get(3));
        onFx(() -> {
            chart.smoothingProperty().set(0.5);
            return null;
        });
        assertEquals("mean D(x): 0.9 (smoothed 0.9)", onFx(() -> chart.readout(20)).get(1).text());
        assertEquals(3, onFx(() -> chart.readout(20)).size(), "no mark far from step 150");
    }

    @Test
    void exportsItsValuesAsCsvAndItsPictureAsPng() throws Exception {
        fill(3, s -> 0.5 + s, s -> 0.25);
        Path csv = folder.resolve("d.csv");
        onFx(() -> {
            card.writeCsv(csv);
            return null;
        });
        assertEquals("step,mean D(x),mean D(G(z))\n0,0.5,0.25\n1,1.5,0.25\n2,2.5,0.25\n", Files.readString(csv));

        WritableImage picture = onFx(card::picture);
        assertEquals(card.getWidth(), picture.getWidth(), 1);
        PixelReader pixels = picture.getPixelReader();
        long distinct = java.util.stream.IntStream.range(0, (int) picture.getWidth() * (int) picture.getHeight())
                .map(i -> pixels.getArgb(i % (int) picture.getWidth(), i / (int) picture.getWidth())).distinct().count();
        assertTrue(distinct > 20, "the picture shows lines, text and a key, not a blank: " + distinct + " colours");
        Path png = folder.resolve("d.png");
        onFx(() -> {
            card.writePng(png);
            return null;
        });
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
    }

    @Test
    void aLongRunCostsNoMoreToDrawThanTheCap() throws Exception {
        fill(60_000, s -> Math.sin(s / 50.0), s -> Math.cos(s / 50.0));
        assertTrue(onFx(() -> chart.pointCount(0)) <= ChartSeries.CAP);
        assertEquals(60_000, onFx(() -> chart.raw(0)).steps().length);
    }
}
