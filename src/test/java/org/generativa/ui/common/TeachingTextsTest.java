package org.generativa.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.generativa.autoencoder.AeVariant;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.lab.LabPreset;
import org.generativa.run.ModelFamilies;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explanations exist for everything a user can choose, in every language: every numeric setting of every
 * family, every model, variant and loss, and every lab preset's paragraph.
 */
class TeachingTextsTest {

    static List<Locale> languages() {
        return I18n.LANGUAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everySettingModelVariantLossAndPresetIsExplained(Locale language) {
        ResourceBundle texts = I18n.bundle(language);
        List<String> keys = new ArrayList<>();
        for (ModelFamily<?> family : ModelFamilies.all()) {
            for (Setting<?> setting : family.settings()) {
                if (setting instanceof Hyperparameter<?>) {
                    keys.add("param." + setting.key() + ".tooltip");
                }
            }
        }
        for (GanModelKind model : GanModelKind.values()) {
            keys.add("gan.model." + model.cliName() + ".tooltip");
        }
        for (GanLoss loss : GanLoss.CHOICES) {
            keys.add("gan.loss." + loss.cliName() + ".tooltip");
        }
        for (AeVariant variant : AeVariant.values()) {
            keys.add("ae.variant." + variant.cliName() + ".tooltip");
        }
        List<String> lacking = new ArrayList<>();
        for (String key : keys) {
            if (!texts.containsKey(key) || !texts.getString(key).contains(" ")) {
                lacking.add(key);
            }
        }
        for (LabPreset preset : LabPreset.values()) {
            String key = "lab.preset." + preset.cliName() + ".about";
            if (!texts.containsKey(key) || texts.getString(key).length() <= 80) {
                lacking.add(key + " (a paragraph)");
            }
        }
        assertTrue(lacking.isEmpty(), language + " lacks " + lacking);
    }
}
