package org.generativa.ui.widgets;

import java.text.DecimalFormat;
import javafx.util.StringConverter;

/** Axis labels that stay short as step counts grow: 950, 1.5k, 20k, 1.2M. */
final class CompactNumber extends StringConverter<Number> {

    private final DecimalFormat oneDecimal = new DecimalFormat("0.#");

    @Override
    public String toString(Number number) {
        double v = number.doubleValue();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e6) {
            return oneDecimal.format(v / 1e6) + "M";
        }
        if (magnitude >= 1e3) {
            return oneDecimal.format(v / 1e3) + "k";
        }
        return oneDecimal.format(v);
    }

    @Override
    public Number fromString(String string) {
        throw new UnsupportedOperationException();
    }
}
