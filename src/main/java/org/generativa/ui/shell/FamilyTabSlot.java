package org.generativa.ui.shell;

import org.generativa.train.TrainingSession;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.family.FamilyTabModel;
import org.generativa.ui.latent.LatentSource;

/** A model family's tab as the window holds it: its training session, view model, view and latent explorer entry. */
record FamilyTabSlot(TrainingSession<?> session, FamilyTabModel<?> model, FamilyTab tab, LatentSource latentSource) {

    /** Builds {@code kind}'s tab on a fresh session of its family (not started). */
    static <C, M extends FamilyTabModel<C>> FamilyTabSlot build(FamilyTabKind<C, M> kind, Appearance appearance) {
        C initial = kind.initialConfig();
        TrainingSession<C> session = new TrainingSession<>(kind.family().factory(), initial, kind.family().threads(initial));
        M model = kind.model().apply(session);
        FamilyTab tab = kind.tab().apply(model, appearance);
        LatentSource source = new LatentSource(I18n.get(kind.latentSourceKey()), session, kind.family(), false);
        return new FamilyTabSlot(session, model, tab, source);
    }
}
