package org.generativa.ui.ae;

import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeReport;
import org.generativa.autoencoder.AeVariant;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.UiControls;

/**
 * The one picture each autoencoder variant is taught for, as bars: KL per latent dimension with the
 * active-unit line (VAEs; posterior collapse shows as flat bars), mean activation per code unit against
 * the target rho (sparse), principal angles to the PCA subspace (linear ae).
 */
final class AeInsightView extends VBox {

    private static final double ACTIVE_KL = 0.01;

    private final Label title = UiControls.title("");
    private final Label caption = new Label();
    private final BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());

    AeInsightView() {
        super(4);
        setId("ae-insight");
        bars.setAnimated(false);
        bars.setLegendVisible(false);
        bars.setCategoryGap(1);
        bars.setBarGap(0);
        bars.setMinHeight(90);
        bars.setPrefHeight(140);
        bars.getXAxis().setTickLabelsVisible(false);
        ((NumberAxis) bars.getYAxis()).setForceZeroInRange(true);
        VBox.setVgrow(bars, Priority.ALWAYS);
        // The column is as narrow as a third of the view at 1280 pixels (and no narrower than its style sheet's
        // minimum, room for the longest word): the title and caption wrap rather than run into the next column.
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMinHeight(Region.USE_PREF_SIZE);
        caption.setId("ae-insight-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, caption, bars);
    }

    /** Whether {@code config}'s variant has a picture of its own. */
    static boolean applies(AeConfig config) {
        return config.variant().variational() || config.variant() == AeVariant.SPARSE_AE
                || (config.variant() == AeVariant.AE && config.linear());
    }

    /** Before the first report of {@code config}'s variant: its picture's title, no bars yet. */
    void prepare(AeConfig config) {
        title.setText(I18n.get(config.variant().variational() ? "ae.insight.kl"
                : config.variant() == AeVariant.SPARSE_AE ? "ae.insight.rho" : "ae.insight.pca"));
        clear();
    }

    void show(AeReport report, AeConfig config) {
        if (report.klPerDimension().length > 0) {
            int active = 0;
            for (double kl : report.klPerDimension()) {
                active += kl > ACTIVE_KL ? 1 : 0;
            }
            show("ae.insight.kl", String.format(Locale.ROOT, I18n.get("ae.insight.kl.caption"), active,
                    report.klPerDimension().length, config.beta()), report.klPerDimension());
        } else if (report.rhoHat().length > 0) {
            double mean = 0;
            for (double r : report.rhoHat()) {
                mean += r / report.rhoHat().length;
            }
            show("ae.insight.rho", String.format(Locale.ROOT, I18n.get("ae.insight.rho.caption"), mean, config.rho()),
                    report.rhoHat());
        } else if (report.principalAnglesDegrees().length > 0) {
            show("ae.insight.pca", String.format(Locale.ROOT, I18n.get("ae.insight.pca.caption"),
                    report.principalAnglesDegrees()[0]), report.principalAnglesDegrees());
        } else {
            clear();
        }
    }

    private void clear() {
        caption.setText("");
        bars.getData().clear();
    }

    private void show(String titleKey, String text, double[] values) {
        title.setText(I18n.get(titleKey));
        caption.setText(text);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < values.length; i++) {
            series.getData().add(new XYChart.Data<>(Integer.toString(i + 1), values[i]));
        }
        bars.getData().setAll(series);
    }
}
