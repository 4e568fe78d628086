package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeVariant;
import org.generativa.common.InvalidInputException;
import org.generativa.data.CartoonFaces;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.testing.EngineTest;
import org.generativa.testing.Tiny;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** Traversal grids, interpolation strips, 2-D maps and attribute vectors on tiny trained models. */
class LatentViewsTest extends EngineTest {

    private static AeExperiment ae(AeVariant variant, String dataset, int code, int steps) {
        AeExperiment experiment = new AeExperiment(root, DatasetLoader.forRun(DataSpec.of(dataset)), Tiny.ae(variant, dataset, code));
        for (int i = 0; i < steps; i++) {
            experiment.step(StepKind.BOTH);
        }
        return experiment;
    }

    /** The pixels of cell {@code n} of a grid of {@code columns} columns, as the renderer lays them out. */
    private static byte[] cell(ImageGrid grid, int n, int columns) {
        int side = grid.cellSize();
        int x0 = GridRenderer.GUTTER + (n % columns) * (side + GridRenderer.GUTTER);
        int y0 = GridRenderer.GUTTER + (n / columns) * (side + GridRenderer.GUTTER);
        byte[] out = new byte[side * side * 4];
        for (int y = 0; y < side; y++) {
            System.arraycopy(grid.bgra(), ((y0 + y) * grid.width() + x0) * 4, out, y * side * 4, side * 4);
        }
        return out;
    }

    private static byte[] single(LatentModel model, float[] code) {
        float[] item = model.decode(code, 1, null);
        return cell(Pictures.grid(model.dataset(), item, 1, 1), 0, 1);
    }

    @Test
    void traversalRowsSweepTheMostImportantDimensionsAroundTheBaseCode() {
        try (AeExperiment experiment = ae(AeVariant.VAE, "digits", 5, 30)) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            CodeStatistics stats = CodeStatistics.of(model, 200);
            float[] base = model.encode(model.heldOutItems(1).items(), 1);
            Traversal.Grid t = Traversal.grid(model, base, 3, 7, stats, -1);

            int[] order = Traversal.byImportance(model.dimensionImportance());
            assertArrayEquals(Arrays.copyOf(order, 3), t.dimensions());
            assertEquals(List.of("z" + order[0], "z" + order[1], "z" + order[2]), t.grid().rowLabels());
            assertEquals(7 * (28 + GridRenderer.GUTTER) + GridRenderer.GUTTER, t.grid().width());
            assertEquals(3 * (28 + GridRenderer.GUTTER) + GridRenderer.GUTTER, t.grid().height());
            for (int r = 0; r < 3; r++) {
                int j = t.dimensions()[r];
                float[] values = Traversal.values(stats.mean()[j], stats.std()[j], 7);
                assertArrayEquals(values, Arrays.copyOfRange(t.values(), r * 7, r * 7 + 7), 0f);
                for (int s = 0; s < 7; s++) {
                    float[] code = LatentMath.row(t.codes(), r * 7 + s, 5);
                    float[] expected = base.clone();
                    expected[j] = values[s];
                    assertArrayEquals(expected, code, 0f, "row " + r + " step " + s);
                }
            }
            float[] corner = LatentMath.row(t.codes(), 2 * 7 + 6, 5);
            assertArrayEquals(single(model, corner), cell(t.grid(), 2 * 7 + 6, 7), "the cell shows its code decoded");
            assertThrows(IllegalArgumentException.class, () -> Traversal.grid(model, base, 6, 7, stats, -1));
        }
    }

    @Test
    void interpolationStripsDecodeEachFrame() {
        try (AeExperiment experiment = ae(AeVariant.VAE, "digits", 4, 10)) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            float[] a = model.samplePrior(1, 1);
            float[] b = model.samplePrior(1, 2);
            Interpolation.Strip strip = Interpolation.strip(model, a, b, 6, Interpolation.Kind.SPHERICAL, -1);
            assertEquals(6, strip.frames());
            assertEquals(1 * (28 + GridRenderer.GUTTER) + GridRenderer.GUTTER, strip.strip().height());
            assertArrayEquals(Interpolation.path(a, b, 6, Interpolation.Kind.SPHERICAL), strip.codes(), 0f);
            assertArrayEquals(single(model, b), cell(strip.strip(), 5, 6));
            List<ImageGrid> frames = Interpolation.frames(model, strip);
            assertEquals(6, frames.size());
            assertArrayEquals(single(model, a), cell(frames.get(0), 0, 1));
        }
    }

    @Test
    void aTwoDimensionalCodeIsMappedAsItIsWithTheManifoldOverItsRange() {
        try (AeExperiment experiment = ae(AeVariant.VAE, "digits", 2, 30)) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            LatentMap map = LatentMaps.of(model, 300, 5, -1);
            HeldOutItems held = model.heldOutItems(300);
            assertArrayEquals(model.encode(held.items(), held.count()), map.points(), 0f, "points are the codes");
            assertArrayEquals(held.labels(), map.labels());
            assertEquals(experiment.dataset().labelNames(), map.labelNames());
            double[] xs = new double[300];
            for (int i = 0; i < 300; i++) {
                xs[i] = map.points()[2 * i];
            }
            assertEquals(LatentMaps.percentile(xs, 1), map.xMin(), 1e-12);
            assertEquals(LatentMaps.percentile(xs, 99), map.xMax(), 1e-12);
            assertEquals(5 * (28 + GridRenderer.GUTTER) + GridRenderer.GUTTER, map.grid().width());
            float[] topRight = {(float) map.xMax(), (float) map.yMax()};
            assertArrayEquals(topRight, map.projection().toCode(map.gridX(4), map.gridY(0)), 1e-6f);
            assertArrayEquals(single(model, topRight), cell(map.grid(), 4, 5));
            float[] bottomLeft = {(float) map.xMin(), (float) map.yMin()};
            assertArrayEquals(single(model, bottomLeft), cell(map.grid(), 20, 5));
        }
    }

    @Test
    void largerCodesAreProjectedOnTheirPrincipalPlaneAndClicksMapBack() {
        try (AeExperiment experiment = ae(AeVariant.AE, "digits", 6, 30)) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            LatentMap map = LatentMaps.of(model, 200, 3, -1);
            HeldOutItems held = model.heldOutItems(200);
            float[] codes = model.encode(held.items(), held.count());
            Projection expected = Pca.twoComponents(codes, 200, 6);
            assertArrayEquals(expected.axisX(), map.projection().axisX(), 1e-6f);
            assertArrayEquals(expected.project(codes, 200), map.points(), 1e-5f);
            float[] clicked = map.projection().toCode(0.3, -0.2);
            assertArrayEquals(new float[] {0.3f, -0.2f}, map.projection().project(clicked, 1), 1e-5f);
            assertArrayEquals(single(model, map.projection().toCode(map.gridX(1), map.gridY(1))), cell(map.grid(), 4, 3));
        }
    }

    @Test
    void aGanMapIsTheSliceThroughItsFirstTwoNoiseDimensions() {
        try (GanExperiment experiment = new GanExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")),
                Tiny.gan(GanModelKind.CGAN, "digits"))) {
            LatentModel model = GanFamily.INSTANCE.latentModel(experiment).orElseThrow();
            LatentMap map = LatentMaps.of(model, 50, 3, 4);
            assertEquals(-3, map.xMin());
            assertEquals(3, map.yMax());
            assertTrue(Arrays.stream(map.labels()).allMatch(l -> l == -1));
            float[] prior = model.samplePrior(50, 0x4D4150L);
            assertArrayEquals(new float[] {prior[0], prior[1]}, Arrays.copyOf(map.points(), 2), 0f);
            float[] centre = map.projection().toCode(map.gridX(1), map.gridY(1));
            assertArrayEquals(new float[4], centre, 0f);
            float[] decoded = model.decode(centre, 1, new int[] {4});
            assertArrayEquals(cell(Pictures.grid(model.dataset(), decoded, 1, 1), 0, 1), cell(map.grid(), 4, 3),
                    "the grid shows the asked class");
        }
    }

    @Test
    void attributeVectorsAreMeanCodeDifferencesOfHeldOutItems() {
        try (AeExperiment experiment = ae(AeVariant.VAE, "faces", 4, 5)) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            AttributeVector smile = AttributeVectors.ofFactor(model, CartoonFaces.SMILE, 1, 120);
            assertEquals("smile: yes", smile.name());
            assertEquals(120, smile.withCount() + smile.withoutCount());
            assertTrue(smile.withCount() > 30 && smile.withoutCount() > 30, "about half the faces smile");

            HeldOutItems held = model.heldOutItems(120);
            ImageSet faces = (ImageSet) experiment.dataset();
            boolean[] has = new boolean[120];
            for (int i = 0; i < 120; i++) {
                has[i] = faces.factor(held.indices()[i], CartoonFaces.SMILE) == 1;
            }
            float[] expected = AttributeVectors.difference(model.encode(held.items(), 120), 120, 4, has);
            assertArrayEquals(expected, smile.direction(), 0f);

            AttributeVector plain = AttributeVectors.ofLabel(model, 0, 120);
            assertEquals("plain", plain.name());
            assertEquals("faces has no known factor number 4.",
                    assertThrows(InvalidInputException.class, () -> AttributeVectors.ofFactor(model, 4, 1, 10)).getMessage());
        }
        try (GanExperiment gan = new GanExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")),
                Tiny.gan(GanModelKind.CGAN, "digits"))) {
            LatentModel model = GanFamily.INSTANCE.latentModel(gan).orElseThrow();
            assertEquals("Attribute vectors need an encoder to find the codes of items with and without the attribute,"
                    + " and a GAN has none: use an autoencoder, or for a cgan change the class.",
                    assertThrows(InvalidInputException.class, () -> AttributeVectors.ofLabel(model, 3, 100)).getMessage());
        }
    }

    @Test
    void imageViewsRefusePointData() {
        try (AeExperiment experiment = new AeExperiment(root, DatasetLoader.forRun(DataSpec.of("ring8")),
                AeConfig.defaultsFor(AeVariant.VAE, DataSpec.of("ring8"), DataKind.POINTS).withThreads(1))) {
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
            assertEquals("A traversal grid shows images, and ring8 holds 2-D points.", assertThrows(InvalidInputException.class,
                    () -> Traversal.grid(model, new float[2], 1, 3, CodeStatistics.standardNormal(2), -1)).getMessage());
            LatentMap map = LatentMaps.of(model, 100, 3, -1);
            assertNull(map.grid(), "no pictures of points");
            assertEquals(100, map.count());
        }
    }
}
