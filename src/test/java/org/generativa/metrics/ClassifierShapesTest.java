package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.generativa.data.CartoonFaces;
import org.generativa.data.ImageSet;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour images of 32 and 64 pixels train, score and round-trip through the cache like 28-pixel digits. */
class ClassifierShapesTest extends EngineTest {

    private static final ClassifierOptions FEW_STEPS = ClassifierOptions.DEFAULT.withSteps(10).withThreads(1);

    @TempDir
    Path dir;

    /** The first 300 cartoon faces, at 32 pixels or enlarged to 64. */
    private static final class Faces extends ImageSet {
        private final CartoonFaces faces = new CartoonFaces(1);
        private final int side;
        private final float[] small = new float[3 * 32 * 32];

        Faces(int side) {
            this.side = side;
        }

        @Override
        public String name() {
            return "faces" + side;
        }

        @Override
        public int[] itemShape() {
            return new int[] {3, side, side};
        }

        @Override
        public List<String> labelNames() {
            return faces.labelNames();
        }

        @Override
        public int count() {
            return 300;
        }

        @Override
        public void read(int index, float[] out, int offset) {
            faces.read(index, small, 0);
            int scale = side / 32;
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        out[offset + (c * side + y) * side + x] = small[(c * 32 + y / scale) * 32 + x / scale];
                    }
                }
            }
        }

        @Override
        public int label(int index) {
            return faces.label(index);
        }
    }

    @Test
    void colourImagesOfThirtyTwoAndSixtyFourPixelsAreJudged() {
        for (int side : new int[] {32, 64}) {
            Faces data = new Faces(side);
            ClassifierCache cache = new ClassifierCache(dir);
            try (ReferenceClassifier trained = cache.obtain(data, FEW_STEPS, ClassifierProgress.NONE, () -> false);
                    ReferenceClassifier loaded = cache.load(data, FEW_STEPS).orElseThrow()) {
                assertEquals(List.of(3, side, side), loaded.info().imageShape());
                assertEquals(16, loaded.info().classCount());
                float[] images = ClassifierInference.read(data, loaded.heldOutIndices(), 0, 20);
                SampleScore score = loaded.score(images, 20, new int[20]);
                assertEquals(20, score.count());
                assertEquals(16, score.classCounts().length);
                assertTrue(Double.isFinite(score.frechetDistance()), "Frechet distance " + score.frechetDistance());
                assertEquals(20 * 128, loaded.features(images, 20).length);
                assertEquals(trained.predict(images, 20).classes()[3], loaded.predict(images, 20).classes()[3]);
            }
        }
    }
}
