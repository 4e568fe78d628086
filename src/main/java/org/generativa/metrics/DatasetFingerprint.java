package org.generativa.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.generativa.data.ImageSet;

/**
 * The cache key of a reference classifier: the dataset's name made safe for a folder, then a hash of
 * its name, count, image shape and class names, the pixels and labels of up to 256 images spread evenly
 * over it, the network recipe and the training options (threads aside).
 */
final class DatasetFingerprint {

    /** Bump when the network, the negatives or the training loop change, so old caches are not reused. */
    static final int RECIPE_VERSION = 1;
    private static final int SAMPLED_IMAGES = 256;
    private static final int NAME_LENGTH = 40;

    private DatasetFingerprint() {}

    static String key(ImageSet data, ClassifierOptions options) {
        MessageDigest digest = sha256();
        text(digest, data.name());
        text(digest, data.count() + " " + Arrays.toString(data.itemShape()) + " " + data.labelNames());
        text(digest, RECIPE_VERSION + " " + options.steps() + " " + options.batchSize() + " " + options.learningRate()
                + " " + options.seed() + (options.blurred() ? " blurred" : ""));
        int count = data.count();
        int sampled = Math.min(count, SAMPLED_IMAGES);
        float[] image = new float[data.itemSize()];
        byte[] bytes = new byte[image.length * 4 + 4];
        for (int s = 0; s < sampled; s++) {
            int index = sampled == 1 ? 0 : (int) ((long) s * (count - 1) / (sampled - 1));
            data.read(index, image, 0);
            putInt(bytes, 0, data.label(index));
            for (int i = 0; i < image.length; i++) {
                putInt(bytes, 4 + 4 * i, Float.floatToIntBits(image[i]));
            }
            digest.update(bytes);
        }
        String hash = HexFormat.of().formatHex(digest.digest(), 0, 8);
        return safeName(data.name()) + "-" + hash;
    }

    static String safeName(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_").replaceAll("^[._]+", "");
        safe = safe.length() > NAME_LENGTH ? safe.substring(0, NAME_LENGTH) : safe;
        return safe.isEmpty() ? "data" : safe;
    }

    private static void text(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
