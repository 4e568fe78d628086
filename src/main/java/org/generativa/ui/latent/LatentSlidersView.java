package org.generativa.ui.latent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Perturbation: one slider per latent dimension (most informative first, each spanning 3 standard
 * deviations either side of its mean), the decoded picture updating as a slider moves; start from a
 * prior sample, the mean, or the code of a dataset image; a class for conditional models.
 */
final class LatentSlidersView extends HBox {

    private final LatentTabViewModel model;
    private final SampleImageView picture = new SampleImageView();
    private final GridPane sliders = new GridPane();
    private final List<Slider> bySlot = new ArrayList<>();
    private final ComboBox<String> conditionClass = new ComboBox<>();
    private final Node classRow;
    private final Button pick = new Button(I18n.get("latent.pickImage"), new FontIcon("mdi2i-image-search-outline"));
    private int[] order = new int[0];
    private boolean updating;

    LatentSlidersView(LatentTabViewModel model, ItemPicker picker) {
        super(16);
        this.model = model;
        setId("latent-sliders");
        setPadding(new Insets(12));
        picture.setId("latent-picture");
        picture.getStyleClass().add("latent-picture");

        Button random = new Button(I18n.get("latent.randomize"), new FontIcon("mdi2d-dice-5-outline"));
        random.setId("latent-randomize");
        random.setTooltip(Tips.of("tooltip.latent-randomize"));
        random.setOnAction(e -> model.randomize());
        Button reset = new Button(I18n.get("latent.reset"), new FontIcon("mdi2r-restore"));
        reset.setId("latent-reset");
        reset.setTooltip(Tips.of("tooltip.latent-reset"));
        reset.setOnAction(e -> model.resetCode());
        pick.setId("latent-pick-image");
        pick.setTooltip(Tips.of("tooltip.latent-pick-image"));
        pick.setOnAction(e -> picker.pick(getScene().getWindow(), model::encodeItem));
        conditionClass.setId("latent-class");
        conditionClass.setTooltip(Tips.of("tooltip.latent-class"));
        conditionClass.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && !updating) {
                model.setConditionClass(b.intValue());
            }
        });
        classRow = UiControls.labelled(I18n.get("latent.class"), conditionClass);
        classRow.setVisible(false);
        classRow.setManaged(false);
        FlowPane start = new FlowPane(8, 8, random, reset, pick);
        VBox left = new VBox(10, picture, start, classRow);
        VBox.setVgrow(picture, Priority.ALWAYS);
        left.getStyleClass().add("latent-sliders-left");

        sliders.setHgap(10);
        sliders.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints weight = new ColumnConstraints();
        ColumnConstraints slide = new ColumnConstraints();
        slide.setHgrow(Priority.ALWAYS);
        sliders.getColumnConstraints().addAll(name, weight, slide, new ColumnConstraints());
        ScrollPane scroll = new ScrollPane(sliders);
        scroll.setFitToWidth(true);
        Label hint = new Label(I18n.get("latent.dimensions.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox right = new VBox(6, UiControls.title(I18n.get("latent.dimensions")), hint, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);

        model.infoProperty().subscribe(b -> build(b));
        model.codeProperty().subscribe(b -> showCode(b));
        model.decodedProperty().subscribe(b -> {
            if (b == null) {
                picture.clear();
            } else {
                picture.show(b);
            }
        });
    }

    private void build(LatentInfo info) {
        sliders.getChildren().clear();
        bySlot.clear();
        if (info == null) {
            order = new int[0];
            return;
        }
        order = info.order();
        double maxImportance = Arrays.stream(info.importance()).max().orElse(0);
        for (int slot = 0; slot < order.length; slot++) {
            int dimension = order[slot];
            Label name = new Label("z" + dimension);
            name.getStyleClass().add("latent-dimension");
            ProgressBar weight = new ProgressBar(maxImportance > 0 ? info.importance()[dimension] / maxImportance : 0);
            weight.setPrefWidth(60);
            weight.getStyleClass().add("latent-importance");
            Tooltip.install(weight, Tips.text(I18n.format("latent.importance." + info.importanceKind().name().toLowerCase(Locale.ROOT),
                    String.format(I18n.locale(), "%.3g", info.importance()[dimension]))));
            Slider slider = new Slider(info.low(dimension), info.high(dimension), info.spread().mean()[dimension]);
            slider.setId("latent-slider-" + slot);
            slider.setTooltip(Tips.text(I18n.format("latent.slider.tooltip", "z" + dimension)));
            slider.setBlockIncrement((info.high(dimension) - info.low(dimension)) / 60);
            Label value = new Label();
            value.setMinWidth(56);
            value.setText(String.format(Locale.ROOT, "%+.2f", slider.getValue()));
            slider.valueProperty().addListener((o, a, b) -> {
                value.setText(String.format(Locale.ROOT, "%+.2f", b.doubleValue()));
                if (!updating) {
                    model.setDimension(dimension, b.doubleValue());
                }
            });
            sliders.addRow(slot, name, weight, slider, value);
            bySlot.add(slider);
        }
        updating = true;
        try {
            conditionClass.getItems().setAll(info.classes());
            if (info.conditional()) {
                conditionClass.getSelectionModel().select(model.conditionClassProperty().get());
            }
        } finally {
            updating = false;
        }
        classRow.setVisible(info.conditional());
        classRow.setManaged(info.conditional());
        boolean encodable = info.hasEncoder() && info.images();
        pick.setDisable(!encodable);
    }

    private void showCode(float[] code) {
        updating = true;
        try {
            for (int slot = 0; slot < bySlot.size() && slot < order.length; slot++) {
                int dimension = order[slot];
                if (dimension < code.length) {
                    Slider slider = bySlot.get(slot);
                    slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), code[dimension])));
                }
            }
        } finally {
            updating = false;
        }
    }

    SampleImageView picture() {
        return picture;
    }
}
