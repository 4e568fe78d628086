package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.generativa.lab.LabPreset;
import org.generativa.ui.common.I18n;
import org.generativa.ui.lab.LabTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * No text is cut, squeezed below its longest word or overlaps other text, on every tab (the lab with one run, then two side
 * by side), at 1216x662 (the window on a 1280x720 screen), 1280x720 and 1920x1080, at 100%, 150% and 200% zoom, in
 * every language. A label is cut when its skin shows less than its text (an ellipsis); text lies outside the window
 * when it is neither inside it nor inside a scroll pane that can scroll to it.
 */
class LayoutFitUiTest extends ShellTest {

    /** 1216x662 is the window the app opens on a 1280x720 screen. */
    private static final int[][] SIZES = {{1216, 662}, {1280, 720}, {1920, 1080}};
    private static final int[] ZOOMS = {100, 150, 200};

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    @Test
    void noTextIsCutOrOverlappedAtAnySizeZoomOrLanguage(FxRobot robot) throws Exception {
        Set<String> problems = new LinkedHashSet<>();
        Stage stage = onFx(() -> (Stage) shell.window().labTab().getTabPane().getScene().getWindow());
        LabTabViewModel lab = shell.window().labTab().model();
        robot.interact(() -> shell.window().labTab().getTabPane().getSelectionModel().select(shell.window().labTab()));
        await(60, () -> lab.runs().size() == 1);
        await(60, () -> lab.runs().get(0).frameProperty().get() != null);
        TabPane tabs = onFx(() -> shell.window().labTab().getTabPane());
        int labIndex = onFx(() -> tabs.getTabs().indexOf(shell.window().labTab()));
        walk(robot, stage, List.of(labIndex), "one run", problems);
        click(robot, "#lab-preset-" + LabPreset.PACGAN.cliName());
        click(robot, "#lab-add-beside");
        await(60, () -> lab.runs().size() == 2 && lab.runs().stream().allMatch(r -> r.frameProperty().get() != null));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < onFx(() -> tabs.getTabs().size()); i++) {
            all.add(i);
        }
        walk(robot, stage, all, "two runs", problems);
        assertTrue(problems.isEmpty(), problems.size() + " layout problems:\n" + String.join("\n", problems));
    }

    /** Looks at the tabs {@code indices} in every language, size and zoom. */
    private void walk(FxRobot robot, Stage stage, List<Integer> indices, String lab, Set<String> problems) throws Exception {
        for (Locale language : I18n.LANGUAGES) {
            robot.interact(() -> I18n.setLocale(language));
            for (int[] size : SIZES) {
                for (int zoom : ZOOMS) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        appearance.zoomProperty().set(zoom);
                    });
                    TabPane shown = onFx(() -> shell.window().labTab().getTabPane());
                    for (int index : indices) {
                        robot.interact(() -> shown.getSelectionModel().select(index));
                        robot.interact(() -> stage.getScene().getRoot().layout());
                        String where = language + " " + size[0] + "x" + size[1] + " " + zoom + "% "
                                + onFx(() -> shown.getTabs().get(index).getText()) + " (lab: " + lab + ")";
                        problems.addAll(onFx(() -> problems(stage, where)));
                    }
                }
            }
        }
    }

    private static List<String> problems(Stage stage, String where) {
        Parent root = stage.getScene().getRoot();
        Bounds window = root.localToScene(root.getLayoutBounds());
        List<Node> texts = new ArrayList<>();
        collectTexts(root, texts);
        List<String> found = new ArrayList<>();
        for (Node node : texts) {
            if (node.getParent() instanceof Labeled labeled && node instanceof Text shown && node != labeled.getGraphic()) {
                String full = labeled.isMnemonicParsing() && labeled.getText() != null
                        ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                if (full != null && !full.isBlank() && !shown.getText().equals(full)) {
                    found.add(where + ": cut \"" + full + "\" shown as \"" + shown.getText() + "\"");
                }
            }
            if (node.getParent() instanceof Labeled labeled && labeled.isWrapText() && labeled.getText() != null
                    && longestWord(labeled) > labeled.getWidth() + 1) {
                found.add(where + ": squeezed below its longest word \"" + labeled.getText() + "\"");
            }
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            Node clipper = clippedBy(node, bounds);
            if (clipper != null) {
                found.add(where + ": clipped by " + clipper.getClass().getSimpleName() + " \"" + text(node) + "\"");
            }
            if (!scrollable(node) && (bounds.getMaxX() > window.getMaxX() + 1 || bounds.getMaxY() > window.getMaxY() + 1
                    || bounds.getMinX() < window.getMinX() - 1)) {
                found.add(where + ": outside the window \"" + text(node) + "\"");
            }
        }
        Node runs = root.lookup("#lab-runs");
        Node chart = root.lookup("#lab-chart-area");
        if (runs != null && chart != null && runs.isVisible() && runs.getScene() != null
                && runs.localToScene(runs.getBoundsInLocal()).intersects(chart.localToScene(chart.getLayoutBounds()))) {
            found.add(where + ": the lab's runs reach under its over-time chart");
        }
        for (int i = 0; i < texts.size(); i++) {
            Bounds a = texts.get(i).localToScene(texts.get(i).getLayoutBounds());
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds b = texts.get(j).localToScene(texts.get(j).getLayoutBounds());
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 2 && h > 2 && !inScrollPane(texts.get(i)) && !inScrollPane(texts.get(j))) {
                    found.add(where + ": \"" + text(texts.get(i)) + "\" overlaps \"" + text(texts.get(j)) + "\"");
                }
            }
        }
        return found;
    }

    private static double longestWord(Labeled labeled) {
        double longest = 0;
        for (String word : labeled.getText().split("\\s+")) {
            Text probe = new Text(word);
            probe.setFont(labeled.getFont());
            longest = Math.max(longest, probe.getLayoutBounds().getWidth());
        }
        double graphic = labeled.getGraphic() == null ? 0 : labeled.getGraphic().prefWidth(-1) + labeled.getGraphicTextGap();
        return longest + graphic + labeled.snappedLeftInset() + labeled.snappedRightInset();
    }

    private static void collectTexts(Node node, List<Node> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            texts.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts);
            }
        }
    }

    /** The ancestor whose clip hides part of the text, if any (up to the nearest scroll pane, which scrolls to it). */
    private static Node clippedBy(Node node, Bounds bounds) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return null;
            }
            if (p.getClip() == null || p.getStyleClass().contains("viewport")) {
                continue;
            }
            Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
            if (bounds.getMaxX() > clip.getMaxX() + 1 || bounds.getMaxY() > clip.getMaxY() + 1
                    || bounds.getMinX() < clip.getMinX() - 1 || bounds.getMinY() < clip.getMinY() - 1) {
                return p;
            }
        }
        return null;
    }

    /** Inside a scroll pane, text beyond the viewport is reached by scrolling (unless that direction cannot scroll). */
    private static boolean scrollable(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                Bounds viewport = pane.localToScene(pane.getLayoutBounds());
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                boolean widthFits = bounds.getMaxX() <= viewport.getMaxX() + 1;
                return widthFits || pane.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
            }
        }
        return false;
    }

    private static boolean inScrollPane(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static String text(Node node) {
        return node instanceof Text t ? t.getText() : node.toString();
    }
}
