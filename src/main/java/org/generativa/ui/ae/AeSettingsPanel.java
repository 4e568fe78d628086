package org.generativa.ui.ae;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.CorruptionKind;
import org.generativa.autoencoder.Likelihood;
import org.generativa.autoencoder.PriorKind;
import org.generativa.autoencoder.SparsityKind;
import org.generativa.data.DataKind;
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

        ComboBox<AeVariant> variant = choice("variant-choice", AeVariant.values(), v -> I18n.get("ae.variant." + v.cliName()),
                model::selectVariant);
        Tips.explainChoice(variant, "ae.variant.tooltip", v -> "ae.variant." + v.cliName() + ".tooltip");
        ComboBox<CorruptionKind> corruption = choice("corruption-choice", CorruptionKind.values(),
                k -> I18n.get("ae.corruption." + k.cliName()), k -> model.choose(AeConfig.CORRUPTION, k));
        Tips.explainChoice(corruption, "ae.corruption.tooltip", k -> "ae.corruption." + k.cliName() + ".tooltip");
        ComboBox<SparsityKind> sparsity = choice("sparsity-choice", SparsityKind.values(),
                k -> I18n.get("ae.sparsity." + k.cliName()), k -> model.choose(AeConfig.SPARSITY, k));
        Tips.explainChoice(sparsity, "ae.sparsity.tooltip", k -> "ae.sparsity." + k.cliName() + ".tooltip");
        ComboBox<Likelihood> likelihood = choice("likelihood-choice", Likelihood.values(),
                k -> I18n.get("ae.likelihood." + k.cliName()), k -> model.choose(AeConfig.LIKELIHOOD, k));
        Tips.explainChoice(likelihood, "ae.likelihood.tooltip", k -> "ae.likelihood." + k.cliName() + ".tooltip");
        ComboBox<PriorKind> prior = choice("prior-choice", PriorKind.values(), k -> I18n.get("ae.prior." + k.cliName()),
                k -> model.choose(AeConfig.PRIOR, k));
        Tips.explainChoice(prior, "ae.prior.tooltip", k -> "ae.prior." + k.cliName() + ".tooltip");
        CheckBox tied = toggle("tied-weights", "ae.tied", on -> model.choose(AeConfig.TIED, on));
        CheckBox linear = toggle("linear", "ae.linear", model::chooseLinear);

        Node corruptionRow = UiControls.labelled(I18n.get("ae.corruption"), corruption);
        Node sparsityRow = UiControls.labelled(I18n.get("ae.sparsity"), sparsity);
        Node likelihoodRow = UiControls.labelled(I18n.get("ae.likelihood"), likelihood);
        Node priorRow = UiControls.labelled(I18n.get("ae.prior"), prior);
        build(List.of(UiControls.labelled(I18n.get("ae.variant"), variant), corruptionRow, sparsityRow, likelihoodRow, priorRow),
                List.of(tied, linear));

        Runnable sync = () -> {
            AeConfig config = model.draftProperty().get();
            AeVariant v = config.variant();
            variant.setValue(v);
            corruption.setValue(config.corruption());
            sparsity.setValue(config.sparsity());
            likelihood.setValue(config.likelihood());
            prior.setValue(config.prior());
            tied.setSelected(config.tiedWeights());
            linear.setSelected(config.linear());
            show(corruptionRow, v == AeVariant.DENOISING_AE);
            show(sparsityRow, v == AeVariant.SPARSE_AE);
            show(likelihoodRow, v.variational() || model.dataKind() == DataKind.IMAGES && v != AeVariant.ROBUST_AE
                    && !config.linear());
            show(priorRow, v == AeVariant.AAE);
            show(tied, v.tieable());
            show(linear, v == AeVariant.AE);
            showForm(config, v, AeConfig.hyperparametersFor(v));
        };
        model.draftProperty().addListener((o, a, b) -> sync.run());
        sync.run();
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> text, Consumer<T> onPick) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().addAll(values);
        UiControls.showAs(combo, text);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != a) {
                onPick.accept(b);
            }
        });
        return combo;
    }

    private static CheckBox toggle(String id, String key, Consumer<Boolean> onChange) {
        CheckBox toggle = new CheckBox(I18n.get(key));
        toggle.setId(id);
        toggle.setTooltip(Tips.of(key + ".tooltip"));
        toggle.selectedProperty().addListener((o, a, b) -> onChange.accept(b));
        return toggle;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
