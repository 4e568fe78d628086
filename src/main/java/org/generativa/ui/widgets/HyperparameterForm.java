package org.generativa.ui.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.generativa.train.Hyperparameter.Refusal;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;
import org.generativa.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row per hyperparameter: name, value field, and whether it applies at once or on Reset.
 * A value is checked when the user presses Enter or leaves the field; a bad one is refused in
 * place, with the reason under the field, and never reaches the model. Escape restores the last
 * accepted value.
 */
public final class HyperparameterForm<C> extends GridPane {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final Map<Hyperparameter<C>, TextField> fields = new LinkedHashMap<>();
    private final Map<Hyperparameter<C>, Label> reasons = new LinkedHashMap<>();
    private final BiConsumer<Hyperparameter<C>, Number> onAccepted;
    private final Map<Hyperparameter<C>, List<Node>> rows = new LinkedHashMap<>();
    private C shown;

    public HyperparameterForm(List<Hyperparameter<C>> parameters, C initial, BiConsumer<Hyperparameter<C>, Number> onAccepted) {
        this.onAccepted = onAccepted;
        getStyleClass().add("hyperparameter-form");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(name, value, new ColumnConstraints());
        int row = 0;
        for (Hyperparameter<C> parameter : parameters) {
            Label label = new Label(I18n.get("param." + parameter.key()));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("param-" + parameter.key());
            field.setPrefColumnCount(6);
            // A narrow settings panel wraps the names, never shrinks the numbers.
            field.setMinWidth(Region.USE_PREF_SIZE);
            field.setOnAction(e -> commit(parameter));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(parameter);
                }
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    restore(parameter);
                }
            });
            label.setLabelFor(field);
            label.setTooltip(Tips.of("param." + parameter.key() + ".tooltip"));
            field.setTooltip(Tips.of("param." + parameter.key() + ".tooltip"));
            boolean live = parameter.applies() == Setting.Applies.LIVE;
            FontIcon when = new FontIcon(live ? "mdi2f-flash" : "mdi2r-restore");
            when.getStyleClass().add(live ? "applies-live" : "applies-on-reset");
            Label whenLabel = new Label(null, when);
            whenLabel.setTooltip(Tips.of(live ? "param.live" : "param.onReset"));
            Label reason = new Label();
            reason.getStyleClass().add("refusal");
            reason.setId("refusal-" + parameter.key());
            reason.setWrapText(true);
            reason.setVisible(false);
            reason.setManaged(false);
            add(label, 0, row);
            add(field, 1, row);
            add(whenLabel, 2, row);
            add(reason, 0, row + 1, 3, 1);
            fields.put(parameter, field);
            reasons.put(parameter, reason);
            rows.put(parameter, List.of(label, field, whenLabel));
            row += 2;
        }
        show(initial);
    }

    /** Makes the fields whose setting's key {@code locked} accepts not editable (an exercise locked them). */
    public void lock(Predicate<String> locked) {
        fields.forEach((parameter, field) -> field.setDisable(locked.test(parameter.key())));
    }

    /** Leaves out the rows of the settings whose key {@code hidden} accepts (an exercise hid them). */
    public void hide(Predicate<String> hidden) {
        rows.forEach((parameter, nodes) -> {
            boolean shownRow = !hidden.test(parameter.key());
            nodes.forEach(node -> {
                node.setVisible(shownRow);
                node.setManaged(shownRow);
            });
        });
    }

    /** Displays {@code config}'s values, dropping any refused text. */
    public void show(C config) {
        shown = config;
        fields.keySet().forEach(this::restore);
    }

    private void restore(Hyperparameter<C> parameter) {
        fields.get(parameter).setText(parameter.format(shown));
        setRefusal(parameter, null);
    }

    private void commit(Hyperparameter<C> parameter) {
        String text = fields.get(parameter).getText();
        Optional<Refusal> refusal = parameter.check(text);
        if (refusal.isPresent()) {
            setRefusal(parameter, explain(parameter, refusal.get()));
            return;
        }
        setRefusal(parameter, null);
        Number value = parameter.parse(text);
        if (!parameter.format(value).equals(parameter.format(shown))) {
            shown = parameter.with(shown, value);
            onAccepted.accept(parameter, value);
        }
        fields.get(parameter).setText(parameter.format(value));
    }

    private void setRefusal(Hyperparameter<C> parameter, String text) {
        Label reason = reasons.get(parameter);
        TextField field = fields.get(parameter);
        boolean refused = text != null;
        reason.setText(text);
        reason.setVisible(refused);
        reason.setManaged(refused);
        field.pseudoClassStateChanged(REFUSED, refused);
    }

    private static String explain(Hyperparameter<?> parameter, Refusal refusal) {
        if (!refusal.outOfRange()) {
            return I18n.get(parameter.kind() == Hyperparameter.Kind.INTEGER
                    ? "param.refused.notInteger" : "param.refused.notNumber");
        }
        return I18n.format(refusal.lowInclusive() ? "param.refused.range" : "param.refused.rangeExclusive",
                refusal.low(), refusal.high());
    }

    /** The refusal shown under a field, or null (for tests and accessibility). */
    String refusalText(String key) {
        return reasons.entrySet().stream().filter(e -> e.getKey().key().equals(key))
                .map(e -> e.getValue().isVisible() ? e.getValue().getText() : null).findFirst().orElse(null);
    }
}
