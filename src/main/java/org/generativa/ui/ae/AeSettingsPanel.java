package org.generativa.ui.ae;

import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.Contamination;
import org.generativa.autoencoder.CorruptionKind;
import org.generativa.autoencoder.Likelihood;
import org.generativa.autoencoder.PriorKind;
import org.generativa.autoencoder.SparsityKind;
import org.generativa.data.DataKind;
import org.generativa.nn.Downsampling;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Upsampling;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilySettingsPanel;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;

/** The Autoencoders tab's settings: the variant on top, and the choices that variant has. */
final class AeSettingsPanel extends FamilySettingsPanel<AeConfig> {

    AeSettingsPanel(AeTabViewModel model, Appearance appearance, Preferences preferences) {
        super(model, appearance, preferences);
        setId("ae-settings");

        ComboBox<AeVariant> variant = new ComboBox<>();
        variant.setId("variant-choice");
        variant.getItems().addAll(AeVariant.values());
        UiControls.showAs(variant, v -> I18n.get("ae.variant." + v.cliName()));
        variant.setMaxWidth(Double.MAX_VALUE);
        variant.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != a) {
                model.selectVariant(b);
            }
        });
        Tips.explainChoice(variant, "ae.variant.tooltip", v -> "ae.variant." + v.cliName() + ".tooltip");
        ComboBox<CorruptionKind> corruption = choice("corruption-choice", AeConfig.CORRUPTION, "ae.corruption");
        ComboBox<SparsityKind> sparsity = choice("sparsity-choice", AeConfig.SPARSITY, "ae.sparsity");
        ComboBox<Likelihood> likelihood = choice("likelihood-choice", AeConfig.LIKELIHOOD, "ae.likelihood");
        ComboBox<PriorKind> prior = choice("prior-choice", AeConfig.PRIOR, "ae.prior");
        CheckBox tied = toggle("tied-weights", "ae.tied", on -> model.choose(AeConfig.TIED, on));
        CheckBox linear = toggle("linear", "ae.linear", model::chooseLinear);
        CheckBox denoiseLayers = toggle("denoise-layers", "ae.denoiseLayers", on -> model.choose(AeConfig.DENOISE_LAYERS, on));

        ComboBox<LayerActivation> activation = choice("activation-choice", AeConfig.ACTIVATION, "ae.activation");
        ComboBox<Upsampling> upsample = choice("upsample-choice", AeConfig.UPSAMPLE, "upsample");
        ComboBox<Downsampling> downsample = choice("downsample-choice", AeConfig.DOWNSAMPLE, "downsample");
        Node downsampleRow = UiControls.labelled(I18n.get("downsample"), downsample);
        ComboBox<Contamination> contamination = choice("contamination-choice", AeConfig.CONTAMINATION, "ae.contamination");
        Node activationRow = UiControls.labelled(I18n.get("ae.activation"), activation);
        Node upsampleRow = UiControls.labelled(I18n.get("upsample"), upsample);
        Node contaminationRow = UiControls.labelled(I18n.get("ae.contamination"), contamination);
        Node corruptionRow = UiControls.labelled(I18n.get("ae.corruption"), corruption);
        Node sparsityRow = UiControls.labelled(I18n.get("ae.sparsity"), sparsity);
        Node likelihoodRow = UiControls.labelled(I18n.get("ae.likelihood"), likelihood);
        Node priorRow = UiControls.labelled(I18n.get("ae.prior"), prior);
        Node variantRow = UiControls.labelled(I18n.get("ae.variant"), variant);
        lockable(variant, variantRow, "model");
        disableWhileLocked(tied, AeConfig.TIED.key());
        disableWhileLocked(linear, AeConfig.LINEAR.key());
        disableWhileLocked(denoiseLayers, AeConfig.DENOISE_LAYERS.key());
        build(List.of(variantRow, corruptionRow, sparsityRow, likelihoodRow, priorRow,
                        activationRow, downsampleRow, upsampleRow, contaminationRow),
                List.of(tied, linear, denoiseLayers));

        Runnable sync = () -> {
            AeConfig config = model.draftProperty().get();
            AeVariant v = config.variant();
            variant.setValue(v);
            tied.setSelected(config.tiedWeights());
            linear.setSelected(config.linear());
            boolean stackedDenoising = v == AeVariant.STACKED_AE && config.denoiseLayers();
            showChoice(corruption, corruptionRow, AeConfig.CORRUPTION, config, v == AeVariant.DENOISING_AE || stackedDenoising);
            showChoice(sparsity, sparsityRow, AeConfig.SPARSITY, config, v == AeVariant.SPARSE_AE);
            showChoice(likelihood, likelihoodRow, AeConfig.LIKELIHOOD, config, v.variational()
                    || model.dataKind() == DataKind.IMAGES && v != AeVariant.ROBUST_AE && !config.linear());
            showChoice(prior, priorRow, AeConfig.PRIOR, config, v == AeVariant.AAE);
            showRow(tied, AeConfig.TIED.key(), v.tieable());
            showRow(linear, AeConfig.LINEAR.key(), v == AeVariant.AE);
            denoiseLayers.setSelected(config.denoiseLayers());
            showRow(denoiseLayers, AeConfig.DENOISE_LAYERS.key(),
                    v == AeVariant.STACKED_AE && (config.pretrainSteps() > 0 || config.denoiseLayers()));
            boolean images = model.dataKind() == DataKind.IMAGES;
            showChoice(activation, activationRow, AeConfig.ACTIVATION, config, AeConfig.takesActivation(config));
            showChoice(upsample, upsampleRow, AeConfig.UPSAMPLE, config, v.convolutional());
            showChoice(downsample, downsampleRow, AeConfig.DOWNSAMPLE, config, v.convolutional());
            showChoice(contamination, contaminationRow, AeConfig.CONTAMINATION, config, images);
            boolean contaminated = images && config.contamination() != Contamination.NONE;
            showForm(config, List.of(v, contaminated, stackedDenoising),
                    AeConfig.hyperparametersFor(v, contaminated, stackedDenoising));
        };
        syncWithDraft(sync);
    }

    private static CheckBox toggle(String id, String key, Consumer<Boolean> onChange) {
        CheckBox toggle = new CheckBox(I18n.get(key));
        toggle.setId(id);
        toggle.setTooltip(Tips.of(key + ".tooltip"));
        toggle.selectedProperty().addListener((o, a, b) -> onChange.accept(b));
        return toggle;
    }
}
