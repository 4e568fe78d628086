package org.generativa.ui.ae;

import java.text.NumberFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.autoencoder.PretrainingProbe;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What pretraining buys, for the autoencoders that learn features rather than generate: a button that trains the
 * three classifiers, and their held-out accuracies.
 */
final class ProbeView extends VBox {

    private final Label result = new Label(I18n.get("ae.probe.none"));

    ProbeView(Runnable onProbe) {
        super(6);
        setId("probe-view");
        Label title = UiControls.wrappingTitle(I18n.format("ae.probe", AeTabViewModel.PROBE_LABELS));
        title.setTooltip(Tips.of("ae.probe.tooltip"));
        Button run = Tips.explain(new Button(I18n.get("ae.probe.run"), new FontIcon("mdi2s-school-outline")),
                "ae.probe.tooltip");
        run.setId("probe-run");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setOnAction(e -> onProbe.run());
        result.setId("probe-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, run, result);
    }

    void show(PretrainingProbe.Result probe) {
        result.setText(probe == null ? I18n.get("ae.probe.none") : I18n.format("ae.probe.result", percent(probe.frozen()),
                percent(probe.fineTuned()), percent(probe.scratch())));
    }

    private static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(I18n.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
