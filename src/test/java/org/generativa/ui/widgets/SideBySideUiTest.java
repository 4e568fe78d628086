package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two areas side by side: the split moves so that each gets its minimum width, and they stack when both cannot. */
@ExtendWith(ApplicationExtension.class)
class SideBySideUiTest {

    private final Region first = new Region();
    private final Region second = new Region();
    private SideBySide pair;

    @Start
    void start(Stage stage) {
        pair = new SideBySide(0.5, 10);
        pair.setSides(first, second);
        first.setMinWidth(500);
        second.setMinWidth(300);
        stage.setScene(new Scene(pair, 200, 200));
        stage.show();
    }

    @Test
    void theSplitMovesForAMinimumWidthAndTheAreasStackWhenBothCannotHaveTheirs(FxRobot robot) {
        robot.interact(() -> {
            pair.resize(1000, 400);
            pair.layout();
        });
        double gap = 1000 - first.getWidth() - second.getWidth();
        assertFalse(pair.stacked(1000));
        assertEquals(first.getLayoutY(), second.getLayoutY(), "side by side");
        assertTrue(first.getWidth() >= 500, "half of the width would be less than the first's minimum: " + first.getWidth());
        assertTrue(second.getWidth() >= 300, "the second keeps its own: " + second.getWidth());
        assertTrue(gap > 0, "and they do not overlap");
        robot.interact(() -> {
            pair.resize(780, 400);
            pair.layout();
        });
        assertTrue(pair.stacked(780), "500 + 300 and a gap do not fit in 780");
        assertTrue(second.getLayoutY() >= first.getLayoutY() + first.getHeight(), "the second below the first");
    }
}
