package org.generativa.ui.shell;

import java.util.function.BiFunction;
import org.generativa.train.TrainingSession;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.family.FamilyTabModel;
import org.generativa.ui.latent.LatentSource;

/**
 * A model family's tab as the window holds it: its training session, view model and latent explorer entry, which
 * live as long as the window, and how to build its view, which is built again when the language changes.
 */
final class FamilyTabSlot {

    private final TrainingSession<?> session;
    private final FamilyTabModel<?> model;
    private final LatentSource latentSource;
    private final BiFunction<FamilyTabModel<?>, Appearance, FamilyTab> view;

    private <M extends FamilyTabModel<?>> FamilyTabSlot(TrainingSession<?> session, M model, LatentSource latentSource,
            BiFunction<FamilyTabModel<?>, Appearance, FamilyTab> view) {
        this.session = session;
        this.model = model;
        this.latentSource = latentSource;
        this.view = view;
    }

    /** {@code kind}'s view model on a fresh session of its family (not started). */
    static <C, M extends FamilyTabModel<C>> FamilyTabSlot build(FamilyTabKind<C, M> kind) {
        C initial = kind.initialConfig();
        TrainingSession<C> session = new TrainingSession<>(kind.family().factory(), initial, kind.family().threads(initial));
        M model = kind.model().apply(session);
        LatentSource source = new LatentSource(() -> I18n.get(kind.latentSourceKey()), session, kind.family(), false);
        return new FamilyTabSlot(session, model, source, (m, appearance) -> kind.tab().apply(model, appearance));
    }

    TrainingSession<?> session() {
        return session;
    }

    FamilyTabModel<?> model() {
        return model;
    }

    LatentSource latentSource() {
        return latentSource;
    }

    /** A new view of the tab, showing what its view model holds now. */
    FamilyTab newView(Appearance appearance) {
        return view.apply(model, appearance);
    }
}
