package org.generativa.ui.latent;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Práctica 4 on averaged codes: which attribute to carry onto which, how many codes per operand, fill and measure. */
final class ConceptsView extends VBox {

    ConceptsView(ConceptsViewModel model, LatentTabViewModel explorer) {
        super(8);
        setId("latent-concepts");
        Label hint = new Label(I18n.get("latent.concepts.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<ConceptsViewModel.YesNo> added = combo("concept-added", "tooltip.concept-added");
        model.addedProperty().bind(added.valueProperty());
        ComboBox<ConceptsViewModel.YesNo> kept = combo("concept-kept", "tooltip.concept-kept");
        model.keptProperty().bind(kept.valueProperty());
        Spinner<Integer> average = new Spinner<>(1, ConceptsViewModel.MAX_AVERAGE, model.averageProperty().get());
        average.setId("concept-average");
        average.setTooltip(Tips.of("tooltip.concept-average"));
        average.setPrefWidth(90);
        average.valueProperty().addListener((o, x, y) -> model.averageProperty().set(y));
        Button fill = new Button(I18n.get("latent.concepts.fill"), new FontIcon("mdi2s-sigma"));
        fill.setId("concept-fill");
        fill.setTooltip(Tips.of("tooltip.concept-fill"));
        fill.setOnAction(e -> model.fill());
        Button measure = new Button(I18n.get("latent.concepts.measure"), new FontIcon("mdi2c-check-all"));
        measure.setId("concept-measure");
        measure.setTooltip(Tips.of("tooltip.concept-measure"));
        measure.setOnAction(e -> model.measure());
        HBox controls = new HBox(12, UiControls.labelled(I18n.get("latent.concepts.added"), added),
                UiControls.labelled(I18n.get("latent.concepts.kept"), kept),
                UiControls.labelled(I18n.get("latent.concepts.average"), average), fill, measure);
        controls.setAlignment(Pos.BOTTOM_LEFT);
        Label measured = new Label();
        measured.setId("concept-measured");
        measured.setWrapText(true);
        measured.setMinHeight(Region.USE_PREF_SIZE);
        measured.textProperty().bind(model.measurementProperty());
        measured.managedProperty().bind(measured.textProperty().isNotEmpty());
        getChildren().addAll(UiControls.title(I18n.get("latent.concepts.title")), hint, controls, measured);

        explorer.infoProperty().subscribe(info -> {
            List<ConceptsViewModel.YesNo> choices = ConceptsViewModel.yesNoFactorsOf(info);
            added.getItems().setAll(choices);
            kept.getItems().setAll(choices);
            if (!choices.isEmpty()) {
                int[] pair = ConceptsViewModel.defaultPair(choices);
                added.setValue(choices.get(pair[0]));
                kept.setValue(choices.get(pair[1]));
            }
            setVisible(!choices.isEmpty());
            setManaged(!choices.isEmpty());
        });
    }

    private static ComboBox<ConceptsViewModel.YesNo> combo(String id, String tooltip) {
        ComboBox<ConceptsViewModel.YesNo> combo = new ComboBox<>();
        combo.setId(id);
        combo.setTooltip(Tips.of(tooltip));
        combo.setPrefWidth(130);
        return combo;
    }
}
