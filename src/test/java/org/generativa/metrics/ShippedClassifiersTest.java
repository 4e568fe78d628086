package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageSet;
import org.junit.jupiter.api.Test;

/**
 * The classifiers in models/classifiers are the ones the app asks for: a change to a built-in dataset or to the
 * training recipe changes the key, and a shipped folder under an old key would be dead weight while the app
 * silently trains a new classifier on first use.
 */
class ShippedClassifiersTest {

    private static final Path SHIPPED = Path.of("models", "classifiers");

    @Test
    void everyShippedClassifierHasTheKeyTheAppLooksFor() throws IOException {
        ClassifierCache cache = new ClassifierCache(SHIPPED);
        ImageSet digits = (ImageSet) DatasetLoader.forRun(DataSpec.of("digits"));
        ImageSet faces = (ImageSet) DatasetLoader.forRun(DataSpec.of("faces"));
        Set<String> wanted = new TreeSet<>(Set.of(
                key(cache, digits, ClassifierOptions.DEFAULT),
                key(cache, faces, ClassifierOptions.DEFAULT),
                key(cache, faces, ClassifierOptions.BLURRED)));
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> folders = Files.list(SHIPPED)) {
            folders.forEach(folder -> shipped.add(folder.getFileName().toString()));
        }
        assertEquals(wanted, shipped);
        for (String key : shipped) {
            assertTrue(Files.isRegularFile(SHIPPED.resolve(key).resolve(ClassifierCache.WEIGHTS)), key);
        }
    }

    @Test
    void blurringIsPartOfTheKeyAndTheDefaultKeyStaysAsItWas() {
        ClassifierCache cache = new ClassifierCache(SHIPPED);
        ImageSet digits = (ImageSet) DatasetLoader.forRun(DataSpec.of("digits"));
        assertEquals("digits-695bb691dd09c1e7", key(cache, digits, ClassifierOptions.DEFAULT));
        assertTrue(!key(cache, digits, ClassifierOptions.BLURRED).equals(key(cache, digits, ClassifierOptions.DEFAULT)));
    }

    @Test
    void aBoxBlurAveragesEachPixelsNeighbourhoodInsideTheImage() {
        ImageSet digits = (ImageSet) DatasetLoader.forRun(DataSpec.of("digits"));
        TrainingBatches batches = new TrainingBatches(digits, new int[] {0}, 1, 1, true);
        int side = digits.itemShape()[1];
        float[] image = new float[digits.itemSize()];
        image[5 * side + 5] = 9;
        image[0] = 6;
        batches.boxBlur(image);
        assertEquals(1, image[4 * side + 4], 1e-6, "9 spread over 9 pixels");
        assertEquals(1, image[6 * side + 6], 1e-6);
        assertEquals(0, image[7 * side + 7], 1e-6);
        assertEquals(1.5, image[0], 1e-6, "a corner averages its 4 pixels");
        assertEquals(6 / 9.0, image[side + 1], 1e-6, "an inner pixel averages 9");
    }

    private static String key(ClassifierCache cache, ImageSet data, ClassifierOptions options) {
        return cache.directoryFor(data, options).getFileName().toString();
    }
}
