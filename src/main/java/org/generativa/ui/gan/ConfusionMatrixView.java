package org.generativa.ui.gan;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.generativa.ui.common.I18n;

/**
 * The discriminator's confusion matrix at its decision threshold, as taught: rows are what an
 * example really is, columns what D said. Values are shares of each row, smoothed over recent steps
 * so that they can be read while training runs.
 */
final class ConfusionMatrixView extends GridPane {

    private static final double SMOOTHING = 0.1;

    private final Label truePositive = cell("tp");
    private final Label falseNegative = cell("fn");
    private final Label falsePositive = cell("fp");
    private final Label trueNegative = cell("tn");
    private double[] smoothed;

    ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix");
        setId("confusion-matrix");
        setHgap(4);
        setVgap(4);
        ColumnConstraints head = new ColumnConstraints();
        ColumnConstraints a = new ColumnConstraints();
        a.setHgrow(Priority.ALWAYS);
        a.setHalignment(HPos.CENTER);
        ColumnConstraints b = new ColumnConstraints();
        b.setHgrow(Priority.ALWAYS);
        b.setHalignment(HPos.CENTER);
        getColumnConstraints().addAll(head, a, b);
        add(heading("gan.confusion.saidReal"), 1, 0);
        add(heading("gan.confusion.saidFake"), 2, 0);
        add(heading("gan.confusion.real"), 0, 1);
        add(heading("gan.confusion.fake"), 0, 2);
        add(truePositive, 1, 1);
        add(falseNegative, 2, 1);
        add(falsePositive, 1, 2);
        add(trueNegative, 2, 2);
        clear();
    }

    private static Label heading(String key) {
        Label label = new Label(I18n.get(key));
        label.getStyleClass().add("confusion-heading");
        return label;
    }

    private static Label cell(String id) {
        Label label = new Label();
        label.setId("confusion-" + id);
        label.getStyleClass().add("confusion-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    /** Shares of real examples called real / fake, and of generated ones called real / fake. */
    void update(double tp, double fn, double fp, double tn) {
        double[] now = {tp, fn, fp, tn};
        if (smoothed == null) {
            smoothed = now;
        } else {
            for (int i = 0; i < 4; i++) {
                smoothed[i] += SMOOTHING * (now[i] - smoothed[i]);
            }
        }
        show(truePositive, smoothed[0], true);
        show(falseNegative, smoothed[1], false);
        show(falsePositive, smoothed[2], false);
        show(trueNegative, smoothed[3], true);
    }

    void clear() {
        smoothed = null;
        for (Label label : new Label[] {truePositive, falseNegative, falsePositive, trueNegative}) {
            label.setText("–");
            label.setStyle(null);
        }
    }

    /** Correct cells tint green, wrong ones orange, more strongly the larger the share. */
    private static void show(Label label, double share, boolean correct) {
        label.setText(String.format(Locale.ROOT, "%.0f%%", 100 * share));
        String rgb = correct ? "46, 160, 67" : "240, 138, 28";
        label.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);", rgb, 0.15 + 0.6 * share));
    }
}
