package org.generativa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.generativa.common.InvalidInputException;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanTricks;
import org.junit.jupiter.api.Test;

class LabPresetTest {

    /** Every setting of a config by name, the tricks' settings prefixed with "tricks.". */
    private static Map<String, Object> fields(GanConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            for (RecordComponent c : GanConfig.class.getRecordComponents()) {
                Object value = c.getAccessor().invoke(config);
                if (value instanceof GanTricks tricks) {
                    for (RecordComponent t : GanTricks.class.getRecordComponents()) {
                        values.put("tricks." + t.getName(), t.getAccessor().invoke(tricks));
                    }
                } else {
                    values.put(c.getName(), value);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    private static Set<String> differing(GanConfig a, GanConfig b) {
        Map<String, Object> x = fields(a);
        Map<String, Object> y = fields(b);
        Set<String> names = new TreeSet<>();
        x.forEach((k, v) -> {
            if (!v.equals(y.get(k))) {
                names.add(k);
            }
        });
        return names;
    }

    private static final Map<LabPreset, Set<String>> EXPECTED = Map.of(
            LabPreset.COLLAPSE, Set.of(),
            LabPreset.WGAN_GP, Set.of("model", "loss", "beta1", "beta2", "dStepsPerG"),
            LabPreset.PACGAN, Set.of("tricks.packing"),
            LabPreset.UNROLLED, Set.of("tricks.unrolledSteps"),
            LabPreset.MINIBATCH, Set.of("tricks.minibatchStd"),
            LabPreset.REPLAY, Set.of("tricks.replayBatches"),
            LabPreset.VANISHING, Set.of("loss", "lrD", "dStepsPerG"),
            LabPreset.NON_SATURATING, Set.of("lrD", "dStepsPerG"),
            LabPreset.OSCILLATION, Set.of("dataset", "hiddenWidth", "lrG", "lrD", "tricks.generatorAverage"));

    @Test
    void presetsHaveTheirCommandLineNames() {
        assertEquals(List.of("collapse", "wgan-gp", "pacgan", "unrolled", "minibatch", "replay", "vanishing", "non-saturating",
                "oscillation"),
                Arrays.stream(LabPreset.values()).map(LabPreset::cliName).toList());
        assertEquals(LabPreset.PACGAN, LabPreset.fromCliName("pacgan"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabPreset.fromCliName("vanilla"));
        assertTrue(e.getMessage().startsWith("Unknown preset 'vanilla': choose collapse, wgan-gp,"), e.getMessage());
    }

    @Test
    void everyPresetStartsFromCollapseAndChangesOnlyWhatItNeeds() {
        for (String dataset : LabPreset.POINT_DATASETS) {
            GanConfig collapse = LabPreset.COLLAPSE.config(dataset, 3);
            for (LabPreset preset : LabPreset.values()) {
                String on = preset.datasets().contains(dataset) ? dataset : preset.datasets().get(0);
                assertEquals(EXPECTED.get(preset), differing(collapse, preset.config(on, 3)), preset + " on " + on);
            }
        }
    }

    @Test
    void onGrid25EveryPresetDiffersFromItsRing8SelfOnlyByTheDataset() {
        for (LabPreset preset : LabPreset.values()) {
            if (!preset.datasets().contains("grid25")) {
                continue;
            }
            GanConfig ring = preset.config("ring8", 7);
            GanConfig grid = preset.config("grid25", 7);
            assertEquals(Set.of("dataset"), differing(ring, grid), preset.cliName());
            assertEquals("grid25", grid.dataset().source());
        }
    }

    @Test
    void theBaselineIsAVanillaFullyConnectedGanWithNoTricksAndTheGivenSeed() {
        GanConfig c = LabPreset.COLLAPSE.config("ring8", 42);
        assertEquals(GanModelKind.GAN, c.model());
        assertEquals(GanLoss.NON_SATURATING, c.loss());
        assertTrue(c.tricks().generatorAverage() > 0, "samples come from an average of G's weights");
        assertEquals(GanTricks.NONE.withGeneratorAverage(c.tricks().generatorAverage()), c.tricks(), "no other trick");
        assertEquals(1, c.dStepsPerG());
        assertEquals(42, c.seed());
        assertEquals(1, c.threads());
        assertEquals("ring8", c.dataset().source());
    }

    @Test
    void theCuresDoWhatTheirNamesSay() {
        assertEquals(GanModelKind.WGAN_GP, LabPreset.WGAN_GP.config("ring8", 1).model());
        assertEquals(GanLoss.WASSERSTEIN, LabPreset.WGAN_GP.config("ring8", 1).loss());
        assertTrue(LabPreset.PACGAN.config("ring8", 1).tricks().packing() > 1);
        GanConfig pac = LabPreset.PACGAN.config("ring8", 1);
        assertEquals(0, pac.batchSize() % pac.tricks().packing(), "the batch divides into packs");
        assertTrue(LabPreset.UNROLLED.config("ring8", 1).tricks().unrolledSteps() > 0);
        assertTrue(LabPreset.MINIBATCH.config("ring8", 1).tricks().minibatchStd());
        assertTrue(LabPreset.REPLAY.config("ring8", 1).tricks().replayBatches() > 0);
        GanConfig collapse = LabPreset.COLLAPSE.config("ring8", 1);
        GanConfig vanishing = LabPreset.VANISHING.config("ring8", 1);
        assertEquals(GanLoss.MINIMAX, vanishing.loss());
        assertTrue(vanishing.lrD() > collapse.lrD() && vanishing.dStepsPerG() > collapse.dStepsPerG(), "a stronger D");
        assertEquals(vanishing.withLoss(GanLoss.NON_SATURATING), LabPreset.NON_SATURATING.config("ring8", 1),
                "its cure changes the loss back and nothing else");
        GanConfig oscillation = LabPreset.OSCILLATION.config("dirac", 1);
        assertTrue(oscillation.lrG() > collapse.lrG() && oscillation.lrD() > collapse.lrD(), "higher learning rates");
        assertEquals(0, oscillation.hiddenWidth(), "G a learned point, D a slope: the Dirac-GAN");
        assertEquals(0, oscillation.tricks().generatorAverage(), "samples from G itself show the motion");
        assertEquals(List.of(LabPreset.WGAN_GP, LabPreset.PACGAN, LabPreset.UNROLLED, LabPreset.MINIBATCH, LabPreset.REPLAY),
                Arrays.stream(LabPreset.values()).filter(LabPreset::isCure).toList());
    }

    @Test
    void changedNamesEveryDifferingSettingWithBothValues() {
        assertEquals("", LabPreset.COLLAPSE.changed());
        assertEquals("packing 1 → " + LabPreset.PACGAN.config("ring8", 1).tricks().packing(), LabPreset.PACGAN.changed());
        assertEquals("unrolled D steps 0 → " + LabPreset.UNROLLED.config("ring8", 1).tricks().unrolledSteps(),
                LabPreset.UNROLLED.changed());
        assertEquals("minibatch standard deviation off → on", LabPreset.MINIBATCH.changed());
        String wgan = LabPreset.WGAN_GP.changed();
        for (String part : List.of("model gan → wgan-gp", "loss non-saturating → wasserstein", "Adam β1 0.9 → 0",
                "Adam β2 0.999 → 0.9", "D steps per G step 1 → 5")) {
            assertTrue(wgan.contains(part), wgan + " lacks " + part);
        }
        for (LabPreset preset : LabPreset.values()) {
            assertEquals(EXPECTED.get(preset).size(), preset.changed().isEmpty() ? 0 : preset.changed().split(", ").length,
                    preset.cliName() + ": " + preset.changed());
        }
    }

    @Test
    void datasetsAndStepsPerPreset() {
        assertEquals(List.of("ring8", "grid25"), LabPreset.PACGAN.datasets());
        assertEquals(List.of("ring8", "grid25"), LabPreset.VANISHING.datasets());
        assertEquals(LabPreset.VANISHING.datasets(), LabPreset.NON_SATURATING.datasets());
        assertEquals(List.of("dirac"), LabPreset.OSCILLATION.datasets());
        assertEquals("The oscillation preset runs on dirac, not 'ring8'.",
                assertThrows(InvalidInputException.class, () -> LabPreset.OSCILLATION.config("ring8", 1)).getMessage());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabPreset.COLLAPSE.config("moons", 1));
        assertEquals("The collapse preset runs on ring8 or grid25, not 'moons'.", e.getMessage());
        assertThrows(InvalidInputException.class, () -> LabPreset.PACGAN.defaultSteps("bimodal"));
        for (LabPreset preset : LabPreset.values()) {
            for (String dataset : preset.datasets()) {
                assertTrue(preset.defaultSteps(dataset) >= 1000, preset + " on " + dataset);
            }
            if (preset.datasets().contains("grid25")) {
                assertTrue(preset.defaultSteps("grid25") >= preset.defaultSteps("ring8"), preset + ": grid25 has more modes");
            }
        }
    }
}
