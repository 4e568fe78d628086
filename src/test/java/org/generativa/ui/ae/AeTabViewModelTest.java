package org.generativa.ui.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.CorruptionKind;
import org.generativa.data.DataKind;
import org.generativa.train.FakeSession;
import org.generativa.ui.family.FamilyTabModelChecks;
import org.junit.jupiter.api.Test;

/** The Autoencoders tab's view model on a stand-in session: no window, no engine. */
class AeTabViewModelTest {

    @Test
    void everySettingReachesTheRunningModelExactlyWhenItAppliesLive() {
        FamilyTabModelChecks.everySettingAppliesAsItsFamilySays(
                (FakeSession<AeConfig> s) -> new AeTabViewModel(s, AeTabViewModel.initialConfig(), DataKind.IMAGES));
    }

    @Test
    void aChoiceThatAppliesLiveIsSentOnceAndOnlyWhenItChanges() {
        FakeSession<AeConfig> session = new FakeSession<>();
        AeTabViewModel model = new AeTabViewModel(session, AeTabViewModel.initialConfig(), DataKind.IMAGES);
        model.selectVariant(AeVariant.DENOISING_AE);
        session.clearCommands();
        model.choose(AeConfig.CORRUPTION, CorruptionKind.MASKING);
        model.choose(AeConfig.CORRUPTION, CorruptionKind.MASKING);
        assertEquals(1, session.commands().size(), session.commands().toString());
        assertEquals(CorruptionKind.MASKING, session.lastConfig().corruption());
    }
}
