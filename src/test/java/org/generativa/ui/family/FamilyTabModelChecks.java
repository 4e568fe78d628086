package org.generativa.ui.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.generativa.testing.SettingValues;
import org.generativa.train.Choice;
import org.generativa.train.FakeSession;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;

/** Checks every family tab's view model must pass, run from each family's own view-model test. */
public final class FamilyTabModelChecks {

    private FamilyTabModelChecks() {}

    /**
     * The form's side of "applies live": each setting, changed as the form or a choice box changes it, goes to the
     * running model at once exactly when the family marks it live, and otherwise waits for Reset with the notice shown.
     */
    public static <C, M extends FamilyTabModel<C>> void everySettingAppliesAsItsFamilySays(
            Function<FakeSession<C>, M> newModel) {
        M probe = newModel.apply(new FakeSession<>());
        for (Setting<C> setting : probe.family().settings()) {
            FakeSession<C> session = new FakeSession<>();
            M model = newModel.apply(session);
            C changed = SettingValues.changed(setting, model.draftProperty().get());
            enter(model, setting, changed);
            boolean live = setting.applies() == Setting.Applies.LIVE;
            String what = model.family().id() + " " + setting.key();
            assertEquals(changed, model.draftProperty().get(), what + " is in the draft");
            assertEquals(live, session.commands().contains("applyLive"), what + " reaches the running model at once");
            assertEquals(!live, model.resetPendingProperty().get(), what + " waits for Reset");
            if (live) {
                assertEquals(changed, session.lastConfig(), what);
            } else {
                model.reset();
                assertEquals("reset", session.lastCommand());
                assertEquals(changed, session.lastConfig(), what + " is built on Reset");
                assertEquals(false, model.resetPendingProperty().get(), what + ": nothing waits after Reset");
            }
        }
    }

    private static <C> void enter(FamilyTabModel<C> model, Setting<C> setting, C changed) {
        if (setting instanceof Hyperparameter<C> number) {
            model.accept(number, number.get(changed));
        } else {
            choose(model, (Choice<C, ?>) setting, changed);
        }
    }

    private static <C, V> void choose(FamilyTabModel<C> model, Choice<C, V> choice, C changed) {
        model.choose(choice, choice.get(changed));
    }
}
