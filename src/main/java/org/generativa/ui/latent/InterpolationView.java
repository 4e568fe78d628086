package org.generativa.ui.latent;

import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.generativa.latent.Interpolation;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.ExportChooser;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Two code slots, the path between them as a strip and as a looping animation, with PNG and GIF export. */
final class InterpolationView extends VBox {

    private final SampleImageView frame = new SampleImageView();
    private final Timeline player = new Timeline();
    private final InterpolationViewModel model;
    private List<ImageGrid> frames = List.of();
    private int shown;

    InterpolationView(InterpolationViewModel model, LatentTabViewModel explorer, ItemPicker picker) {
        super(12);
        setId("latent-interpolation");
        setPadding(new Insets(12));
        CodeSlotView a = new CodeSlotView("A", "interp-a", model.a(), picker, explorer);
        CodeSlotView b = new CodeSlotView("B", "interp-b", model.b(), picker, explorer);
        ComboBox<Interpolation.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Interpolation.Kind.values());
        UiControls.showAs(kind, k -> I18n.get("latent.interpolation." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(model.kindProperty().get());
        kind.setId("interp-kind");
        kind.setTooltip(Tips.of("tooltip.interp-kind"));
        model.kindProperty().bind(kind.valueProperty());
        Spinner<Integer> count = new Spinner<>(2, 32, model.framesProperty().get());
        count.setId("interp-frames");
        count.setTooltip(Tips.of("tooltip.interp-frames"));
        count.setPrefWidth(90);
        count.valueProperty().addListener((o, x, y) -> model.framesProperty().set(y));
        Button draw = new Button(I18n.get("latent.interpolation.draw"), new FontIcon("mdi2r-ray-start-arrow"));
        draw.setId("interp-draw");
        draw.setTooltip(Tips.of("tooltip.interp-draw"));
        draw.setOnAction(e -> model.compute());
        VBox settings = new VBox(8, UiControls.labelled(I18n.get("latent.interpolation.path"), kind),
                UiControls.labelled(I18n.get("latent.interpolation.frames"), count), draw);
        settings.setAlignment(Pos.CENTER_LEFT);
        frame.setId("interp-frame");
        frame.setPrefSize(140, 140);
        ToggleButton play = new ToggleButton(I18n.get("latent.interpolation.play"), new FontIcon("mdi2p-play"));
        play.setId("interp-play");
        play.setTooltip(Tips.of("tooltip.interp-play"));
        play.setSelected(true);
        play.selectedProperty().addListener((o, x, on) -> {
            if (on) {
                player.play();
            } else {
                player.pause();
            }
        });
        Slider speed = new Slider(InterpolationViewModel.MIN_LOOP_SECONDS, InterpolationViewModel.MAX_LOOP_SECONDS,
                model.loopSecondsProperty().get());
        speed.setId("interp-speed");
        speed.setTooltip(Tips.of("tooltip.interp-speed"));
        speed.valueProperty().bindBidirectional(model.loopSecondsProperty());
        speed.setPrefWidth(140);
        Label speedValue = new Label();
        speedValue.textProperty().bind(model.loopSecondsProperty().map(
                v -> I18n.format("latent.interpolation.loopSeconds", String.format(I18n.locale(), "%.1f", v.doubleValue()))));
        speedValue.setMinWidth(Region.USE_PREF_SIZE);
        model.loopSecondsProperty().addListener((o, x, y) -> timeFrames());
        HBox speedRow = new HBox(6, speed, speedValue);
        speedRow.setAlignment(Pos.CENTER);
        VBox animation = new VBox(6, UiControls.title(I18n.get("latent.interpolation.animation")), frame, play, speedRow);
        animation.setAlignment(Pos.TOP_CENTER);
        HBox top = new HBox(24, a, settings, b, animation);
        top.setAlignment(Pos.CENTER_LEFT);

        SampleImageView strip = new SampleImageView();
        strip.setId("interp-strip");
        strip.setPrefHeight(120);
        VBox.setVgrow(strip, Priority.ALWAYS);
        Button png = new Button(I18n.get("latent.exportPng"), new FontIcon("mdi2c-content-save-outline"));
        png.setId("interp-export-png");
        png.setTooltip(Tips.of("tooltip.interp-export-png"));
        png.disableProperty().bind(model.stripProperty().isNull());
        png.setOnAction(e -> ExportChooser.save(this, "interpolation.png", "png", model::exportPng,
                explorer::report));
        Button gif = new Button(I18n.get("latent.exportGif"), new FontIcon("mdi2f-file-gif-box"));
        gif.setId("interp-export-gif");
        gif.setTooltip(Tips.of("tooltip.interp-export-gif"));
        gif.disableProperty().bind(model.stripProperty().isNull());
        gif.setOnAction(e -> ExportChooser.save(this, "interpolation.gif", "gif", model::exportGif,
                explorer::report));
        HBox exports = new HBox(8, png, gif);
        getChildren().addAll(top, UiControls.title(I18n.get("latent.interpolation.strip")), strip, exports);

        player.setCycleCount(Timeline.INDEFINITE);
        this.model = model;
        model.stripProperty().subscribe(y -> {
            if (y == null) {
                strip.clear();
            } else {
                strip.show(y);
            }
        });
        model.animationProperty().subscribe(y -> {
            frames = y;
            shown = 0;
            timeFrames();
            if (frames.isEmpty()) {
                player.stop();
                frame.clear();
            } else if (play.isSelected()) {
                player.play();
            }
        });
        sceneProperty().addListener((o, x, y) -> {
            if (y == null) {
                player.stop();
            }
        });
    }

    /** One key frame per picture, timed so that a loop lasts what the speed slider says. */
    private void timeFrames() {
        boolean running = player.getStatus() == Animation.Status.RUNNING;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.millis(model.frameMillis()), e -> advance()));
        if (running) {
            player.play();
        }
    }

    private void advance() {
        if (frames.isEmpty()) {
            return;
        }
        frame.show(frames.get(shown % frames.size()));
        shown++;
    }
}
