package org.generativa.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.generativa.common.InvalidInputException;

/** How images from files become tensors: one gray channel, three colour channels, or whatever the files are. */
public enum ColorMode {
    /** Gray when every image is gray, RGB otherwise. */
    AUTO,
    GRAY,
    RGB;

    @JsonValue
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ColorMode fromCliName(String name) {
        for (ColorMode mode : values()) {
            if (mode.cliName().equals(name)) {
                return mode;
            }
        }
        throw new InvalidInputException("Unknown colour mode '" + name + "': choose auto, gray or rgb.");
    }
}
