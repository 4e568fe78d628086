package org.generativa.ui.latent;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** A picked code as a picture with its name and origin, and buttons to fill it from a sample, an image or the sliders. */
final class CodeSlotView extends VBox {

    private final Button image = iconButton("mdi2i-image-search-outline", "latent.slot.fromImage");

    CodeSlotView(String name, String id, CodeSlot slot, ItemPicker picker, LatentTabViewModel explorer) {
        super(6);
        setId(id);
        setAlignment(Pos.TOP_CENTER);
        getStyleClass().add("code-slot");
        Label title = UiControls.title(name);
        SampleImageView picture = new SampleImageView();
        picture.setPrefSize(112, 112);
        picture.setMinSize(84, 84);
        picture.setId(id + "-picture");
        Label origin = new Label();
        origin.getStyleClass().add("hint");
        origin.textProperty().bind(slot.originProperty());
        Button sample = iconButton("mdi2d-dice-5-outline", "latent.slot.sample.button");
        sample.setId(id + "-sample");
        sample.setOnAction(e -> slot.sample());
        image.setId(id + "-image");
        image.setOnAction(e -> picker.pick(getScene().getWindow(), slot::encode));
        Button sliders = iconButton("mdi2t-tune-vertical", "latent.slot.fromSliders");
        sliders.setId(id + "-sliders");
        sliders.setOnAction(e -> slot.fromSliders());
        HBox buttons = new HBox(4, sample, image, sliders);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, picture, origin, buttons);
        slot.pictureProperty().subscribe(b -> {
            if (b != null) {
                picture.show(b);
            } else {
                picture.clear();
            }
        });
        explorer.infoProperty().subscribe(b -> image.setDisable(b == null || !b.hasEncoder() || !b.images()));
    }

    static Button iconButton(String icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(Tips.of(tooltipKey));
        return button;
    }
}
