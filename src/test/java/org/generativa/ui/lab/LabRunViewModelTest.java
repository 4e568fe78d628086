package org.generativa.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.lab.CollapseDetector;
import org.generativa.lab.LabExperiment;
import org.generativa.lab.LabPreset;
import org.generativa.train.FakeSession;
import org.generativa.train.FeedItem;
import org.generativa.train.MetricPoint;
import org.junit.jupiter.api.Test;

/** A lab run's view model on a stand-in session: the collapse notice says what is true now. */
class LabRunViewModelTest {

    private final FakeSession<GanConfig> session = new FakeSession<>();
    private final LabRunViewModel run = new LabRunViewModel(LabPreset.COLLAPSE,
            GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS), session);

    private void modes(long step, int captured) {
        session.publish(new FeedItem.Point(new MetricPoint(step, new double[] {0.5, captured})));
    }

    @Test
    void theNoticeShowsAFallWhileItLastsAndTheFallIsKept() {
        session.publish(new FeedItem.Restart(List.of("loss_d", LabExperiment.MODES), 0));
        for (int i = 1; i <= 10; i++) {
            modes(i * 25, 8);
        }
        run.pump();
        assertNull(run.noticeProperty().get(), "eight of eight: nothing to say");

        modes(275, 3);
        modes(300, 2);
        run.pump();
        assertTrue(run.noticeProperty().get().contains("modes captured fell from 8 to 2"), run.noticeProperty().get());
        assertEquals(List.of(new CollapseDetector.Notice(300, 8, 2)), run.falls());

        modes(325, 3);
        run.pump();
        assertTrue(run.noticeProperty().get().contains("fell from 8 to 3"), "the notice follows the present");

        modes(350, 8);
        run.pump();
        assertNull(run.noticeProperty().get(), "the modes came back: no notice over a cured run");
        assertEquals(1, run.falls().size(), "the fall stays on record for the chart");

        session.publish(new FeedItem.Restart(List.of("loss_d", LabExperiment.MODES), 0));
        run.pump();
        assertTrue(run.falls().isEmpty(), "a new run starts without falls");
        assertTrue(run.takeRestarted());
    }
}
