package org.generativa.ui.latent;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.ExportChooser;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.kordamp.ikonli.javafx.FontIcon;

/** The traversal grid with its row and column counts, redraw and PNG export. */
final class TraversalView extends VBox {

    TraversalView(TraversalViewModel model, LatentTabViewModel explorer) {
        super(10);
        setId("latent-traversal");
        setPadding(new Insets(12));
        Spinner<Integer> rows = new Spinner<>(1, 32, model.rowsProperty().get());
        rows.setId("traversal-rows");
        rows.setTooltip(Tips.of("tooltip.traversal-rows"));
        rows.setPrefWidth(90);
        rows.valueProperty().addListener((o, a, b) -> model.rowsProperty().set(b));
        Spinner<Integer> steps = new Spinner<>(3, 21, model.stepsProperty().get(), 2);
        steps.setId("traversal-steps");
        steps.setTooltip(Tips.of("tooltip.traversal-steps"));
        steps.setPrefWidth(90);
        steps.valueProperty().addListener((o, a, b) -> model.stepsProperty().set(b));
        Button draw = new Button(I18n.get("latent.traversal.draw"), new FontIcon("mdi2r-refresh"));
        draw.setId("traversal-draw");
        draw.setTooltip(Tips.of("tooltip.traversal-draw"));
        draw.setDefaultButton(false);
        draw.setOnAction(e -> model.compute());
        Button export = new Button(I18n.get("latent.exportPng"), new FontIcon("mdi2c-content-save-outline"));
        export.setId("traversal-export");
        export.setTooltip(Tips.of("tooltip.traversal-export"));
        export.disableProperty().bind(model.gridProperty().isNull());
        export.setOnAction(e -> ExportChooser.save(this, "traversal.png", "png", model::exportPng,
                explorer::report));
        HBox bar = new HBox(10, new Label(I18n.get("latent.traversal.rows")), rows,
                new Label(I18n.get("latent.traversal.steps")), steps, draw, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.get("latent.traversal.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        SampleImageView grid = new SampleImageView();
        grid.setId("traversal-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        model.gridProperty().subscribe(b -> {
            if (b == null) {
                grid.clear();
            } else {
                grid.show(b);
            }
        });
        getChildren().addAll(bar, hint, grid);
    }
}
