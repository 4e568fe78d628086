package org.generativa.ui.latent;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A pad to draw on with the mouse (white ink on black, like the digits); releasing the button encodes
 * the drawing, shows its reconstruction and marks its code on the map.
 */
final class DrawPadView extends VBox {

    static final int PAD_PIXELS = 336;

    private final DrawPadViewModel model;
    private final Canvas pad = new Canvas(PAD_PIXELS, PAD_PIXELS);
    private final Label unavailable = new Label();
    private final HBox content;

    DrawPadView(DrawPadViewModel model, LatentMapViewModel map, LatentTabViewModel explorer, BooleanProperty dark) {
        super(10);
        this.model = model;
        setId("latent-draw");
        setPadding(new Insets(12));
        pad.setId("draw-pad");
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, this::paint);
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::paint);
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.encode());
        StackPane framed = new StackPane(pad);
        framed.getStyleClass().add("draw-pad-frame");
        Button clear = new Button(I18n.get("latent.draw.clear"), new FontIcon("mdi2e-eraser"));
        clear.setId("draw-clear");
        clear.setTooltip(Tips.of("tooltip.draw-clear"));
        clear.setOnAction(e -> model.clear());
        VBox left = new VBox(8, UiControls.title(I18n.get("latent.draw.pad")), framed, clear);
        SampleImageView reconstruction = new SampleImageView();
        reconstruction.setId("draw-reconstruction");
        reconstruction.setPrefSize(168, 168);
        VBox middle = new VBox(8, UiControls.title(I18n.get("latent.draw.reconstruction")), reconstruction);
        middle.setAlignment(Pos.TOP_CENTER);
        LatentScatter scatter = new LatentScatter(dark, map::pick);
        scatter.setId("draw-map");
        LabelLegend legend = new LabelLegend();
        VBox right = new VBox(8, UiControls.title(I18n.get("latent.draw.onMap")), scatter, legend);
        VBox.setVgrow(scatter, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        content = new HBox(20, left, middle, right);
        VBox.setVgrow(content, Priority.ALWAYS);
        Label hint = new Label(I18n.get("latent.draw.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        unavailable.getStyleClass().add("hint");
        unavailable.setWrapText(true);
        getChildren().addAll(hint, unavailable, content);

        model.pixelsProperty().subscribe(b -> paintPad(b));
        model.reconstructionProperty().subscribe(b -> {
            if (b == null) {
                reconstruction.clear();
            } else {
                reconstruction.show(b);
            }
        });
        Runnable redrawMap = () -> {
            scatter.show(map.mapProperty().get(), null, map.drawnProperty().get());
            legend.show(map.mapProperty().get());
        };
        map.mapProperty().subscribe(b -> redrawMap.run());
        map.drawnProperty().subscribe(b -> redrawMap.run());
        explorer.infoProperty().subscribe(info -> prepare(info));
        prepare(null);
    }

    private void prepare(LatentInfo info) {
        boolean usable = info != null && info.hasEncoder() && info.images() && info.channels() == 1;
        content.setDisable(!usable);
        unavailable.setVisible(!usable);
        unavailable.setManaged(!usable);
        unavailable.setText(info == null ? "" : I18n.get(!info.hasEncoder() ? "latent.draw.noEncoder" : "latent.draw.noGray"));
        if (usable) {
            model.prepare(info.side());
        }
    }

    private void paint(MouseEvent e) {
        int side = model.side();
        if (side == 0) {
            return;
        }
        double scale = PAD_PIXELS / (double) side;
        model.paint(e.getX() / scale, e.getY() / scale);
    }

    private void paintPad(float[] pixels) {
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, PAD_PIXELS, PAD_PIXELS);
        int side = model.side();
        if (side == 0 || pixels.length != side * side) {
            return;
        }
        double cell = PAD_PIXELS / (double) side;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float v = pixels[y * side + x];
                if (v > 0) {
                    g.setFill(Color.gray(Math.min(1, v)));
                    g.fillRect(x * cell, y * cell, Math.ceil(cell), Math.ceil(cell));
                }
            }
        }
    }
}
