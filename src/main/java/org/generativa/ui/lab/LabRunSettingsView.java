package org.generativa.ui.lab;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.data.DataKind;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.HyperparameterForm;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;

/**
 * The selected run's settings: model, loss, minibatch discrimination and every numeric setting. Live ones
 * apply at once; the others restart that run (same seed, so the others keep their common start).
 */
final class LabRunSettingsView extends VBox {

    static final List<GanModelKind> MODELS = List.of(GanModelKind.GAN, GanModelKind.WGAN, GanModelKind.WGAN_GP);

    private final LabTabViewModel model;
    private final Label heading = new Label();
    private final ComboBox<GanModelKind> kind = new ComboBox<>();
    private final ComboBox<GanLoss> loss = new ComboBox<>();
    private final CheckBox minibatchStd = new CheckBox(I18n.get("gan.minibatchStd"));
    private final StackPane formHolder = new StackPane();
    private boolean syncing;

    LabRunSettingsView(LabTabViewModel model) {
        super(8);
        this.model = model;
        setId("lab-run-settings");
        heading.getStyleClass().add("title");
        kind.setId("lab-model-choice");
        kind.setTooltip(Tips.of("tooltip.lab-model-choice"));
        kind.getItems().setAll(MODELS);
        UiControls.showAs(kind, k -> I18n.get("gan.model." + k.cliName()));
        kind.setMaxWidth(Double.MAX_VALUE);
        loss.setId("lab-loss-choice");
        loss.setTooltip(Tips.of("tooltip.lab-loss-choice"));
        loss.getItems().setAll(GanLoss.CHOICES);
        UiControls.showAs(loss, l -> I18n.get("gan.loss." + l.cliName()));
        loss.setMaxWidth(Double.MAX_VALUE);
        minibatchStd.setId("lab-minibatch-std");
        minibatchStd.setTooltip(Tips.of("tooltip.lab-minibatch-std"));
        kind.valueProperty().addListener((o, a, b) -> change(c -> GanConfig.defaultsFor(b, c.dataset(),
                DataKind.POINTS).withSeed(c.seed()).withThreads(c.threads()), true));
        loss.valueProperty().addListener((o, a, b) -> change(c -> c.withLoss(b), false));
        minibatchStd.selectedProperty().addListener((o, a, b) -> change(c -> c.withTricks(c.tricks().withMinibatchStd(b)), true));
        getChildren().addAll(heading, UiControls.labelled(I18n.get("gan.model"), kind),
                UiControls.labelled(I18n.get("gan.loss"), loss), minibatchStd, formHolder);
        model.selectedProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.configProperty().removeListener(this::configChanged);
            }
            if (b != null) {
                b.configProperty().addListener(this::configChanged);
            }
            sync();
        });
        sync();
    }

    private void configChanged(javafx.beans.value.ObservableValue<? extends GanConfig> o, GanConfig a, GanConfig b) {
        sync();
    }

    private void change(java.util.function.UnaryOperator<GanConfig> edit, boolean restart) {
        LabRunViewModel run = model.selectedProperty().get();
        if (syncing || run == null) {
            return;
        }
        GanConfig before = run.configProperty().get();
        GanConfig after = edit.apply(before);
        if (!after.equals(before)) {
            run.apply(after, restart);
        }
    }

    private void sync() {
        LabRunViewModel run = model.selectedProperty().get();
        setVisible(run != null);
        if (run == null) {
            return;
        }
        syncing = true;
        try {
            GanConfig config = run.configProperty().get();
            heading.setText(I18n.format("lab.settingsOf", run.title()));
            kind.setValue(config.model());
            boolean wasserstein = config.model().wasserstein();
            loss.setDisable(wasserstein);
            loss.setValue(wasserstein ? null : config.loss());
            minibatchStd.setSelected(config.tricks().minibatchStd());
            formHolder.getChildren().setAll(new HyperparameterForm<>(
                    GanConfig.hyperparametersFor(config, DataKind.POINTS), config, this::accept));
        } finally {
            syncing = false;
        }
    }

    private void accept(Hyperparameter<GanConfig> parameter, Number value) {
        change(c -> parameter.with(c, value), parameter.applies() != Setting.Applies.LIVE);
    }
}
