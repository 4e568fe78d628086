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

    @Test
    void theLinearSwitchProposesThePcaLessonsSettingsAndWaitsForReset() {
        FakeSession<AeConfig> session = new FakeSession<>();
        AeTabViewModel model = new AeTabViewModel(session, AeTabViewModel.initialConfig(), DataKind.IMAGES);
        model.selectVariant(AeVariant.AE);
        session.clearCommands();
        model.chooseLinear(true);
        AeConfig draft = model.draftProperty().get();
        assertEquals(model.draftProperty().get().withLinear(false).linearProposal(), draft);
        assertEquals(java.util.List.of(true, true, 0, 6), java.util.List.of(draft.linear(), draft.tiedWeights(), draft.depth(),
                draft.codeSize()));
        assertEquals(0, session.commands().size(), "the switch reshapes the network, so it waits for Reset");
        model.chooseLinear(false);
        assertEquals(false, model.draftProperty().get().linear());
    }

    /** The probe runs on the engine's model and its result comes back through the UI thread; a reset forgets it. */
    @Test
    void theProbeMeasuresTheCurrentModelAndAResetForgetsIt() {
        try (ai.djl.ndarray.NDManager root = org.generativa.nn.Backend.load(1).newBaseManager()) {
            FakeSession<AeConfig> session = new FakeSession<>(root, org.generativa.autoencoder.AeFamily.INSTANCE.factory());
            AeConfig config = AeConfig.defaultsFor(AeVariant.AE, org.generativa.data.DataSpec.of("digits"), DataKind.IMAGES)
                    .withThreads(1);
            java.util.List<Runnable> uiThread = new java.util.ArrayList<>();
            AeTabViewModel model = new AeTabViewModel(session, config, DataKind.IMAGES, uiThread::add);
            session.build(config);
            model.probePretraining();
            assertEquals(null, model.probeResultProperty().get(), "the result waits for the UI thread");
            uiThread.forEach(Runnable::run);
            org.generativa.autoencoder.PretrainingProbe.Result result = model.probeResultProperty().get();
            assertEquals(AeTabViewModel.PROBE_LABELS, result.labels());
            org.junit.jupiter.api.Assertions.assertTrue(result.scratch() > 0.3 && result.fineTuned() > 0.3, result.toString());
            model.reset();
            assertEquals(null, model.probeResultProperty().get(), "a new model has not been probed");
        }
    }
}
