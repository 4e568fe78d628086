package org.generativa.ui.latent;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
    private final LabelLegend legend = new LabelLegend();
    private final Label range = new Label();
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
        Label codesTitle = UiControls.wrappingTitle(I18n.get("latent.map.codes"));
        codesTitle.setTooltip(Tips.of("latent.map.codes.tooltip"));
        VBox codesBox = new VBox(6, codesTitle, scatter);
        VBox.setVgrow(scatter, Priority.ALWAYS);
        Label gridTitle = UiControls.wrappingTitle(I18n.get("latent.map.grid"));
        gridTitle.setTooltip(Tips.of("latent.map.grid.tooltip"));
        VBox gridBox = new VBox(6, gridTitle, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        for (VBox box : new VBox[] {codesBox, gridBox}) {
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(0);
        }
        HBox plots = new HBox(16, codesBox, gridBox, pickedBox);
        VBox.setVgrow(plots, Priority.ALWAYS);
        range.getStyleClass().add("hint");
        range.setWrapText(true);
        range.setId("map-range");
        getChildren().addAll(bar, hint, plots, range, legend);

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
        legend.show(map);
        hint.setText(map == null ? "" : I18n.get(model.showsEncodedItems() ? "latent.map.hint" : "latent.map.hint.prior"));
        if (map == null) {
            grid.clear();
            axes.setText("");
            range.setText("");
            return;
        }
        if (map.grid() != null) {
            grid.show(map.grid());
        } else {
            grid.clear();
        }
        double[] variance = map.projection().variance();
        axes.setText(Double.isNaN(variance[0]) ? I18n.get("latent.map.axes.dimensions")
                : I18n.format("latent.map.axes.pca", String.format(Locale.ROOT, "%.3g", variance[0]),
                        String.format(Locale.ROOT, "%.3g", variance[1])));
        boolean pca = !Double.isNaN(variance[0]);
        range.setText(I18n.format("latent.map.range", I18n.get(pca ? "latent.map.axis.pc1" : "latent.map.axis.z0"),
                number(map.xMin()), number(map.xMax()), I18n.get(pca ? "latent.map.axis.pc2" : "latent.map.axis.z1"),
                number(map.yMin()), number(map.yMax())));
    }

    private static String number(double value) {
        return String.format(I18n.locale(), "%.2f", value);
    }

    private void redraw() {
        scatter.show(model.mapProperty().get(), model.pickedProperty().get(), model.drawnProperty().get());
    }
}
