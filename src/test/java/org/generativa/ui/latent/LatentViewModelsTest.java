package org.generativa.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.generativa.data.Factor;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.preview.ImageGrid;
import org.junit.jupiter.api.Test;

class LatentViewModelsTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Test
    void theAnimationLoopsWithoutRepeatingItsEnds() {
        List<ImageGrid> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            frames.add(new ImageGrid(1, 1, new byte[] {(byte) i, 0, 0, (byte) 255}, 1, List.of()));
        }
        List<ImageGrid> loop = InterpolationViewModel.thereAndBack(frames);
        assertEquals(List.of(frames.get(0), frames.get(1), frames.get(2), frames.get(3), frames.get(2), frames.get(1)), loop);
    }

    @Test
    void theLoopLastsWhatTheSpeedSaysDownToAFrameAGifCanShow() {
        assertEquals(200, InterpolationViewModel.frameMillis(18, 3.6));
        assertEquals(667, InterpolationViewModel.frameMillis(6, 4));
        assertEquals(InterpolationViewModel.MIN_FRAME_MILLIS, InterpolationViewModel.frameMillis(100, 1));
    }

    @Test
    void aBrushDabIsFullInsideItsRadiusAndFadesOverOnePixel() {
        DrawPadViewModel pad = new LatentTabViewModel(List.of()).drawPad();
        pad.prepare(28);
        pad.paint(14, 14);
        float[] pixels = pad.pixelsProperty().get();
        double radius = DrawPadViewModel.BRUSH_RADIUS;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double distance = Math.hypot(x + 0.5 - 14, y + 0.5 - 14);
                float ink = pixels[y * 28 + x];
                if (distance <= radius) {
                    assertEquals(1f, ink, "(" + x + ", " + y + ") inside the radius");
                } else if (distance >= radius + 1) {
                    assertEquals(0f, ink, "(" + x + ", " + y + ") beyond the fade");
                } else {
                    assertEquals(radius + 1 - distance, ink, 1e-6, "(" + x + ", " + y + ") fades linearly");
                }
            }
        }
        pad.paint(14, 14);
        assertEquals(1f, pad.pixelsProperty().get()[14 * 28 + 14], "painting twice never exceeds full ink");
    }

    @Test
    void attributesComeFromLabelsAndOtherFactorsOnlyWithAnEncoder() {
        List<Factor> factors = List.of(new Factor("digit", DIGITS), new Factor("slant", List.of("left", "upright", "right")));
        List<ArithmeticViewModel.Attribute> attributes = ArithmeticViewModel.attributesOf(info(true, factors));
        assertEquals(13, attributes.size(), "10 classes and 3 slants, the digit factor not repeated");
        assertEquals("7", attributes.get(7).toString());
        assertEquals(7, attributes.get(7).label());
        assertEquals("slant: right", attributes.get(12).toString());
        assertEquals(1, attributes.get(12).factor());
        assertEquals(2, attributes.get(12).value());
        List<ArithmeticViewModel.Attribute> judged = ArithmeticViewModel.attributesOf(info(false, factors));
        assertEquals(13, judged.size(), "a generator's samples are sorted by factor values, classes not offered twice");
        assertEquals("digit: 7", judged.get(7).toString());
        assertTrue(judged.stream().allMatch(a -> a.label() < 0 && a.factor() >= 0));
        assertTrue(ArithmeticViewModel.attributesOf(info(false, List.of())).isEmpty(), "nothing known to sort samples by");
    }

    @Test
    void conceptsNeedTwoYesNoFactorsAndStartFromTheDecksSmileOntoBeard() {
        List<Factor> faces = List.of(yesNo("smile"), yesNo("glasses"), yesNo("beard"), yesNo("hat"));
        List<ConceptsViewModel.YesNo> choices = ConceptsViewModel.yesNoFactorsOf(info(true, faces));
        assertEquals(List.of("smile", "glasses", "beard", "hat"), choices.stream().map(ConceptsViewModel.YesNo::name).toList());
        assertEquals(2, choices.get(2).factor());
        int[] pair = ConceptsViewModel.defaultPair(choices);
        assertEquals("smile", choices.get(pair[0]).name());
        assertEquals("beard", choices.get(pair[1]).name());
        List<Factor> sprites = List.of(new Factor("shape", List.of("square", "ellipse", "heart")), yesNo("filled"));
        assertTrue(ConceptsViewModel.yesNoFactorsOf(info(true, sprites)).isEmpty(), "one yes-or-no factor is not enough");
        List<ConceptsViewModel.YesNo> two = ConceptsViewModel.yesNoFactorsOf(info(false, List.of(yesNo("a"), yesNo("b"))));
        assertEquals(0, ConceptsViewModel.defaultPair(two)[0]);
        assertEquals(1, ConceptsViewModel.defaultPair(two)[1]);
    }

    private static Factor yesNo(String name) {
        return new Factor(name, List.of("no", "yes"));
    }

    private static LatentInfo info(boolean encoder, List<Factor> factors) {
        return new LatentInfo("digits", 2, encoder, List.of(), new int[] {0, 1}, new double[] {1, 1}, LatentModel.Importance.VARIANCE,
                CodeStatistics.standardNormal(2), true, 1, 28, DIGITS, factors);
    }
}
