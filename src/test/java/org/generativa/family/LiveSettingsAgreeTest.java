package org.generativa.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.run.ModelFamilies;
import org.generativa.testing.EngineTest;
import org.generativa.testing.SettingValues;
import org.generativa.train.Experiment;
import org.generativa.train.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every family, the one list of settings decides what applies while training runs: copying a draft's live
 * settings into the built config, the structure check behind "waits for Reset", and a running experiment's
 * {@code applyLive} all take exactly the settings marked live (the window's side is in the UI's view-model tests).
 */
class LiveSettingsAgreeTest extends EngineTest {

    static Stream<ModelFamily<?>> families() {
        return ModelFamilies.all().stream();
    }

    @ParameterizedTest
    @MethodSource("families")
    void theConfigAndARunningExperimentTakeExactlyTheLiveSettings(ModelFamily<?> family) {
        check(family);
    }

    private <C> void check(ModelFamily<C> family) {
        String model = family.modelNames().get(0);
        C base = family.hyperparameter("threads").with(family.defaults(model, DataSpec.of("ring8"), DataKind.POINTS), 1);
        List<Setting<C>> settings = family.settings();
        try (Experiment<C> experiment = family.create(m, DatasetLoader.forRun(DataSpec.of("ring8")), base)) {
            for (Setting<C> setting : settings) {
                C changed = SettingValues.changed(setting, base);
                assertNotEquals(base, changed, setting.key());
                boolean live = setting.applies() == Setting.Applies.LIVE;
                assertEquals(live ? changed : base, family.withLiveSettingsOf(base, changed), family.id() + " " + setting.key());
                assertEquals(live, family.sameStructure(base, changed), family.id() + " " + setting.key() + " needs no Reset");
                experiment.applyLive(changed);
                assertEquals(live ? changed : base, experiment.config(), family.id() + " experiment " + setting.key());
                experiment.applyLive(base);
                assertEquals(base, experiment.config());
            }
        }
    }
}
