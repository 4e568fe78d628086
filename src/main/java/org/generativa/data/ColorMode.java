package org.generativa.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.generativa.common.CliChoice;

/** How images from files become tensors: one gray channel, three colour channels, or whatever the files are. */
public enum ColorMode implements CliChoice {
    /** Gray when every image is gray, RGB otherwise. */
    AUTO,
    GRAY,
    RGB;

    @JsonValue
    @Override
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ColorMode fromCliName(String name) {
        return CliChoice.parse(ColorMode.class, name, "choice.colourMode");
    }
}
