package org.generativa.data;

import java.util.Set;
import org.generativa.common.InvalidInputException;

/**
 * Which data a run trains on: a built-in or downloaded set's name, or a path to IDX files or an
 * image folder. Image size and colour apply to image folders, which are cropped and resized.
 */
public record DataSpec(String source, int imageSize, ColorMode color) {

    public static final int DEFAULT_IMAGE_SIZE = 32;
    public static final Set<Integer> IMAGE_SIZES = Set.of(28, 32, 64);

    public DataSpec {
        if (source == null || source.isBlank()) {
            throw InvalidInputException.of("dataset.noSource");
        }
        if (!IMAGE_SIZES.contains(imageSize)) {
            throw InvalidInputException.of("dataset.imageSize", String.valueOf(imageSize));
        }
    }

    public static DataSpec of(String source) {
        return new DataSpec(source, DEFAULT_IMAGE_SIZE, ColorMode.AUTO);
    }

    public DataSpec withSource(String value) {
        return new DataSpec(value, imageSize, color);
    }
}
