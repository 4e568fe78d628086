package org.generativa.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.generativa.data.HeldOutItems;
import org.generativa.latent.LatentMath;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;
import org.generativa.train.Choice;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.SampleImageView;

/** A dialog of dataset images (items the model did not train on first) to pick one to encode; any index can be typed. */
final class ItemPicker {

    static final int SHOWN = 40;

    private final LatentTabViewModel explorer;

    ItemPicker(LatentTabViewModel explorer) {
        this.explorer = explorer;
    }

    private record Choice(int index, String label, ImageGrid picture) {}

    /** Shows the dialog (once the thumbnails are decoded) and hands the picked index to {@code chosen}. */
    void pick(Window owner, IntConsumer chosen) {
        explorer.compute("latent.busy.items", model -> {
            HeldOutItems items = model.heldOutItems(SHOWN);
            List<Choice> choices = new ArrayList<>();
            List<String> names = model.dataset().labelNames();
            for (int i = 0; i < items.count(); i++) {
                int label = items.labels()[i];
                String name = label >= 0 && label < names.size() ? names.get(label) : "";
                choices.add(new Choice(items.indices()[i], name,
                        Pictures.grid(model.dataset(), LatentMath.row(items.items(), i, items.itemSize()), 1, 1)));
            }
            return choices;
        }, choices -> show(owner, choices, chosen));
    }

    private void show(Window owner, List<Choice> choices, IntConsumer chosen) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.get("latent.pickImage.title"));
        TilePane tiles = new TilePane(6, 6);
        tiles.setPrefColumns(8);
        tiles.setId("item-picker-tiles");
        for (Choice choice : choices) {
            SampleImageView thumb = new SampleImageView();
            thumb.setPrefSize(64, 64);
            thumb.show(choice.picture());
            Button button = new Button(null, thumb);
            button.getStyleClass().add("item-choice");
            button.setTooltip(new Tooltip("#" + choice.index() + " " + choice.label()));
            button.setOnAction(e -> {
                dialog.setResult(choice.index());
                dialog.close();
            });
            tiles.getChildren().add(button);
        }
        Spinner<Integer> index = new Spinner<>(0, Integer.MAX_VALUE, choices.isEmpty() ? 0 : choices.get(0).index());
        index.setEditable(true);
        index.setPrefWidth(130);
        index.setId("item-picker-index");
        Label byIndex = new Label(I18n.get("latent.pickImage.index"));
        HBox typed = new HBox(8, byIndex, index);
        typed.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, new Label(I18n.get("latent.pickImage.hint")), tiles, typed);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? index.getValue() : null);
        dialog.showAndWait().ifPresent(chosen::accept);
    }
}
