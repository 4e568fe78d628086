package org.generativa.ui.gan;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanOptimizer;
import org.generativa.gan.LatentNoise;
import org.generativa.nn.Upsampling;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilySettingsPanel;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;

/**
 * The GAN tab's settings: model, loss, optimizer, where z comes from and (convolutional G) how it upsamples on top,
 * minibatch discrimination among the extras.
 */
final class GanSettingsPanel extends FamilySettingsPanel<GanConfig> {

    GanSettingsPanel(GanTabViewModel model, Appearance appearance, Preferences preferences) {
        super(model, appearance, preferences);
        setId("gan-settings");

        ComboBox<GanModelKind> kind = new ComboBox<>();
        kind.setId("model-choice");
        kind.getItems().addAll(GanModelKind.values());
        UiControls.showAs(kind, k -> I18n.get("gan.model." + k.cliName()));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setValue(model.draftProperty().get().model());
        Tips.explainChoice(kind, "gan.model.tooltip", k -> "gan.model." + k.cliName() + ".tooltip");
        kind.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectModel(b);
            }
        });

        ComboBox<GanLoss> loss = new ComboBox<>();
        loss.setId("loss-choice");
        loss.getItems().addAll(GanLoss.CHOICES);
        UiControls.showAs(loss, l -> I18n.get("gan.loss." + l.cliName()));
        loss.setMaxWidth(Double.MAX_VALUE);
        Tips.explainChoice(loss, "gan.loss.tooltip", l -> "gan.loss." + l.cliName() + ".tooltip");
        loss.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.draftProperty().get().loss()) {
                model.choose(GanConfig.LOSS, b);
            }
        });
        Label wasserstein = new Label(I18n.get("gan.loss.wasserstein"));
        wasserstein.getStyleClass().add("hint");

        CheckBox minibatchStd = new CheckBox(I18n.get("gan.minibatchStd"));
        minibatchStd.setId("minibatch-std");
        minibatchStd.setTooltip(Tips.of("gan.minibatchStd.tooltip"));
        lockable(minibatchStd, minibatchStd, GanConfig.MINIBATCH_STD.key());
        minibatchStd.selectedProperty().addListener((o, a, b) -> {
            if (b != model.draftProperty().get().tricks().minibatchStd()) {
                model.choose(GanConfig.MINIBATCH_STD, b);
            }
        });

        ComboBox<LatentNoise> noise = choice("latent-noise-choice", GanConfig.LATENT_NOISE, "gan.latentNoise");
        ComboBox<GanOptimizer> optimizer = choice("optimizer-choice", GanConfig.OPTIMIZER, "gan.optimizer");
        ComboBox<Upsampling> upsample = choice("upsample-choice", GanConfig.UPSAMPLE, "upsample");
        Node noiseRow = UiControls.labelled(I18n.get("gan.latentNoise"), noise);
        Node optimizerRow = UiControls.labelled(I18n.get("gan.optimizer"), optimizer);
        Node upsampleRow = UiControls.labelled(I18n.get("upsample"), upsample);

        Node kindRow = UiControls.labelled(I18n.get("gan.model"), kind);
        lockable(kind, kindRow, "model");
        Node lossRow = UiControls.labelled(I18n.get("gan.loss"), new VBox(4, loss, wasserstein));
        lockable(loss, lossRow, GanConfig.LOSS.key());
        build(List.of(kindRow, lossRow, optimizerRow, noiseRow, upsampleRow),
                List.of(minibatchStd));

        Runnable sync = () -> {
            GanConfig config = model.draftProperty().get();
            kind.setValue(config.model());
            boolean w = config.model().wasserstein();
            loss.setVisible(!w);
            loss.setManaged(!w);
            wasserstein.setVisible(w);
            wasserstein.setManaged(w);
            if (!w) {
                loss.setValue(config.loss());
            }
            minibatchStd.setSelected(config.tricks().minibatchStd());
            showChoice(noise, noiseRow, GanConfig.LATENT_NOISE, config, true);
            showChoice(optimizer, optimizerRow, GanConfig.OPTIMIZER, config, true);
            showChoice(upsample, upsampleRow, GanConfig.UPSAMPLE, config,
                    GanConfig.convolutionalGenerator(config.model(), model.dataKind()));
            showForm(config, List.of(config.model(), config.loss(), config.optimizer(), model.dataKind()),
                    GanConfig.hyperparametersFor(config, model.dataKind()));
        };
        syncWithDraft(sync);
    }
}
