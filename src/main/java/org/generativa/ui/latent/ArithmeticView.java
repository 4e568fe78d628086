package org.generativa.ui.latent;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/** Latent arithmetic as an equation of pictures, A - B + C = ?, and an attribute vector added to A with a strength slider. */
final class ArithmeticView extends VBox {

    ArithmeticView(ArithmeticViewModel model, LatentTabViewModel explorer, ItemPicker picker) {
        super(14);
        setId("latent-arithmetic");
        setPadding(new Insets(12));
        CodeSlotView a = new CodeSlotView("A", "arith-a", model.a(), picker, explorer);
        CodeSlotView b = new CodeSlotView("B", "arith-b", model.b(), picker, explorer);
        CodeSlotView c = new CodeSlotView("C", "arith-c", model.c(), picker, explorer);
        VBox result = resultBox(I18n.get("latent.arithmetic.result"), "arith-result", model.resultProperty());
        Button solve = new Button(I18n.get("latent.arithmetic.solve"), new FontIcon("mdi2e-equal"));
        solve.setId("arith-solve");
        solve.setTooltip(Tips.of("tooltip.arith-solve"));
        solve.setOnAction(e -> model.computeEquation());
        HBox equation = new HBox(12, a, operator("\u2212"), b, operator("+"), c, operator("="), result, solve);
        equation.setAlignment(Pos.CENTER_LEFT);

        ComboBox<ArithmeticViewModel.Attribute> attribute = new ComboBox<>();
        attribute.setId("arith-attribute");
        attribute.setTooltip(Tips.of("tooltip.arith-attribute"));
        attribute.setPrefWidth(220);
        model.attributeProperty().bind(attribute.valueProperty());
        Button measure = new Button(I18n.get("latent.attribute.measure"), new FontIcon("mdi2v-vector-line"));
        measure.setId("arith-measure");
        measure.setTooltip(Tips.of("tooltip.arith-measure"));
        measure.disableProperty().bind(attribute.valueProperty().isNull());
        measure.setOnAction(e -> model.measureAttribute());
        Slider strength = new Slider(-3, 3, model.strengthProperty().get());
        strength.setId("arith-strength");
        strength.setTooltip(Tips.of("tooltip.arith-strength"));
        strength.setPrefWidth(260);
        strength.setShowTickMarks(true);
        strength.setMajorTickUnit(1);
        Label strengthValue = new Label();
        strengthValue.setMinWidth(48);
        strength.valueProperty().addListener((o, x, y) -> {
            strengthValue.setText(String.format(Locale.ROOT, "%+.2f", y.doubleValue()));
            model.strengthProperty().set(y.doubleValue());
            model.applyAttribute();
        });
        strengthValue.setText(String.format(Locale.ROOT, "%+.2f", strength.getValue()));
        Label counts = new Label();
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(model.attributeCountsProperty());
        Label unavailable = new Label();
        unavailable.getStyleClass().add("hint");
        unavailable.setWrapText(true);
        unavailable.setMaxWidth(260);
        unavailable.managedProperty().bind(unavailable.textProperty().isNotEmpty());
        VBox controls = new VBox(8, UiControls.labelled(I18n.get("latent.attribute"), attribute), unavailable, measure,
                UiControls.labelled(I18n.get("latent.attribute.strength"), new HBox(8, strength, strengthValue)), counts);
        VBox attributeResult = resultBox(I18n.get("latent.attribute.result"), "arith-attribute-result",
                model.attributeResultProperty());
        Label hint = new Label(I18n.get("latent.attribute.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox attributeRow = new HBox(24, controls, attributeResult);
        attributeRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(UiControls.title(I18n.get("latent.arithmetic")), equation,
                new ConceptsView(model.concepts(), explorer),
                UiControls.title(I18n.get("latent.attribute.title")), hint, attributeRow);

        explorer.infoProperty().subscribe(info -> {
            attribute.getItems().setAll(ArithmeticViewModel.attributesOf(info));
            boolean none = attribute.getItems().isEmpty();
            attribute.setDisable(none);
            unavailable.setText(info == null || !none ? ""
                    : I18n.get(info.hasEncoder() ? "latent.attribute.none" : "latent.attribute.noEncoder"));
        });
    }

    private static Label operator(String symbol) {
        Label label = new Label(symbol);
        label.getStyleClass().add("equation-operator");
        label.setFont(Font.font(32));
        return label;
    }

    private static VBox resultBox(String title, String id, ReadOnlyObjectProperty<ImageGrid> picture) {
        SampleImageView view = new SampleImageView();
        view.setId(id);
        view.setPrefSize(112, 112);
        view.setMinSize(84, 84);
        picture.subscribe(y -> {
            if (y == null) {
                view.clear();
            } else {
                view.show(y);
            }
        });
        VBox box = new VBox(6, UiControls.title(title), view);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }
}
