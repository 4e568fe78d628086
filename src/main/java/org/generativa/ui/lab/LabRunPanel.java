package org.generativa.ui.lab;

import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.lab.ToyFrame;
import org.generativa.metrics.ModeCoverage;
import org.generativa.ui.common.I18n;
import org.generativa.ui.lab.LabTabViewModel.Layer;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** One run of the lab: its name, its mode metrics, a collapse notice when one fires, the canvas and the per-mode bars. */
public final class LabRunPanel extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final LabRunViewModel run;
    private final ToyCanvas canvas;
    private final ModeHistogramView histogram;
    private final Label metrics = new Label();

    LabRunPanel(LabRunViewModel run, LabTabViewModel model, BooleanProperty dark, Predicate<Layer> shown) {
        super(6);
        this.run = run;
        getStyleClass().add("lab-run");
        setId("lab-run-" + run.preset().cliName());
        canvas = new ToyCanvas(dark, shown);
        canvas.setId("toy-canvas-" + run.preset().cliName());
        histogram = new ModeHistogramView(dark);

        Label title = new Label(run.title());
        title.getStyleClass().add("lab-run-title");
        title.setTooltip(Tips.text(LabTab.about(run.preset())));
        metrics.getStyleClass().add("lab-run-metrics");
        metrics.setTooltip(Tips.of("lab.metrics.tooltip"));
        metrics.setId("lab-metrics-" + run.preset().cliName());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setTooltip(new Tooltip(I18n.get("lab.removeRun")));
        close.setOnAction(e -> model.remove(run));
        close.disableProperty().bind(javafx.beans.binding.Bindings.size(model.runs()).lessThanOrEqualTo(1));
        title.setMinWidth(Region.USE_PREF_SIZE);
        metrics.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane names = new FlowPane(14, 2, title, metrics);
        names.setAlignment(Pos.CENTER_LEFT);
        names.setPrefWrapLength(0);
        BorderPane header = new BorderPane(names);
        header.setRight(close);
        BorderPane.setAlignment(close, Pos.TOP_RIGHT);

        Label notice = UiControls.alert("lab-notice-" + run.preset().cliName(), "lab-notice", run.noticeProperty());
        Label problem = UiControls.alert("lab-problem-" + run.preset().cliName(), "training-problem", run.problemProperty());

        StackPane picture = new StackPane(canvas);
        VBox.setVgrow(picture, Priority.ALWAYS);
        Label barsTitle = new Label(I18n.get("lab.modes.title"));
        barsTitle.getStyleClass().add("hint");
        // Never wrapped: the bars take the canvas's width, so a title that could wrap would grow taller as the canvas
        // narrows and squeeze the canvas further, down to nothing.
        barsTitle.setMinWidth(Region.USE_PREF_SIZE);
        barsTitle.setTooltip(Tips.of("lab.modes.tooltip"));
        Tooltip.install(histogram, Tips.of("lab.modes.tooltip"));
        VBox bars = new VBox(2, barsTitle, histogram);
        bars.maxWidthProperty().bind(javafx.beans.binding.Bindings.min(canvas.widthProperty(), canvas.heightProperty()));
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(header, problem, notice, picture, bars);
        setOnMousePressed(e -> model.selectedProperty().set(run));
        model.selectedProperty().addListener((o, a, b) -> pseudoClassStateChanged(SELECTED, b == run));
        pseudoClassStateChanged(SELECTED, model.selectedProperty().get() == run);
        run.frameProperty().subscribe(frame -> show(frame));
    }

    LabRunViewModel run() {
        return run;
    }

    public ToyCanvas canvas() {
        return canvas;
    }

    private void show(ToyFrame frame) {
        if (frame == null) {
            return;
        }
        canvas.show(frame);
        ModeCoverage c = frame.coverage();
        histogram.show(c);
        metrics.setText(I18n.format("lab.metrics", c.modesCaptured(), c.modes(),
                String.format(Locale.ROOT, "%.0f", 100 * c.highQualityFraction()),
                String.format(Locale.ROOT, "%.2f", c.reverseKl())));
    }

    void redraw() {
        canvas.redraw();
        histogram.show(run.frameProperty().get() == null ? null : run.frameProperty().get().coverage());
    }
}
