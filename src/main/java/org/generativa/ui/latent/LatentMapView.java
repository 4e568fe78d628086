package org.generativa.ui.latent;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.generativa.latent.LatentMap;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** The latent map: coloured codes of held-out data beside the decoded plane; a click decodes that point. */
final class LatentMapView extends VBox {

    private final LatentMapViewModel model;
    private final LatentScatter scatter;
    private final SampleImageView grid = new SampleImageView();
    private final FlowPane legend = new FlowPane(12, 4);
    private final Label axes = new Label();

    private final Label hint = new Label();

    LatentMapView(LatentMapViewModel model, BooleanProperty dark) {
        super(10);
        this.model = model;
        setId("latent-map");
        setPadding(new Insets(12));
        scatter = new LatentScatter(dark, model::pick);
        scatter.setId("map-scatter");
        grid.setId("map-grid");
        SampleImageView picked = new SampleImageView();
        picked.setId("map-picked");
        picked.setPrefSize(112, 112);
        Button draw = new Button(I18n.get("latent.map.draw"), new FontIcon("mdi2m-map-outline"));
        draw.setId("map-draw");
        draw.setTooltip(Tips.of("tooltip.map-draw"));
        draw.setOnAction(e -> model.compute());
        axes.getStyleClass().add("hint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox bar = new HBox(12, draw, axes);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox pickedBox = new VBox(6, UiControls.title(I18n.get("latent.map.picked")), picked);
        pickedBox.setAlignment(Pos.TOP_CENTER);
        pickedBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(scatter, Priority.ALWAYS);
        HBox.setHgrow(grid, Priority.ALWAYS);
        HBox plots = new HBox(16, scatter, grid, pickedBox);
        VBox.setVgrow(plots, Priority.ALWAYS);
        getChildren().addAll(bar, hint, plots, legend);

        model.mapProperty().subscribe(b -> showMap(b));
        model.pickedProperty().subscribe(b -> redraw());
        model.drawnProperty().subscribe(b -> redraw());
        model.pickedPictureProperty().subscribe(b -> {
            if (b == null) {
                picked.clear();
            } else {
                picked.show(b);
            }
        });
    }

    private void showMap(LatentMap map) {
        redraw();
        legend.getChildren().clear();
        hint.setText(map == null ? "" : I18n.get(model.showsEncodedItems() ? "latent.map.hint" : "latent.map.hint.prior"));
        if (map == null) {
            grid.clear();
            axes.setText("");
            return;
        }
        if (map.grid() != null) {
            grid.show(map.grid());
        } else {
            grid.clear();
        }
        for (int label = 0; label < map.labelNames().size(); label++) {
            Label entry = new Label(map.labelNames().get(label), new Circle(6, LatentScatter.colour(label)));
            legend.getChildren().add(entry);
        }
        double[] variance = map.projection().variance();
        axes.setText(Double.isNaN(variance[0]) ? I18n.get("latent.map.axes.dimensions")
                : I18n.format("latent.map.axes.pca", String.format(Locale.ROOT, "%.3g", variance[0]),
                        String.format(Locale.ROOT, "%.3g", variance[1])));
    }

    private void redraw() {
        scatter.show(model.mapProperty().get(), model.pickedProperty().get(), model.drawnProperty().get());
    }
}
