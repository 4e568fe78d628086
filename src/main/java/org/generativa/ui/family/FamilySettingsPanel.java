package org.generativa.ui.family;

import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataSpec;
import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.dataset.DatasetChoice;
import org.generativa.ui.dataset.DatasetPicker;
import org.generativa.ui.dataset.DatasetPickerViewModel;
import org.generativa.ui.widgets.HyperparameterForm;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A family tab's left column: the family's own choices on top, the dataset, a notice when changed
 * settings wait for Reset, the numeric settings that apply to the current choices, the family's
 * extras, and a step at which training pauses by itself.
 */
public abstract class FamilySettingsPanel<C> extends ScrollPane {

    /** A school day: a longer limit is a typing mistake. */
    private static final double MAX_MINUTES = 24 * 60;

    private final FamilyTabModel<C> model;
    private final Appearance appearance;
    private final Preferences preferences;
    private final StackPane formHolder = new StackPane();
    private Object formKey;

    protected FamilySettingsPanel(FamilyTabModel<C> model, Appearance appearance, Preferences preferences) {
        this.model = model;
        this.appearance = appearance;
        this.preferences = preferences;
        model.lockedControls().addListener((SetChangeListener<String>) change -> lockForm());
        model.hiddenControls().addListener((SetChangeListener<String>) change -> lockForm());
    }

    /**
     * Shows {@code control} as not editable while {@code key} (model, dataset or a setting's key) is locked, and leaves
     * {@code row} (the control with its caption) out while it is hidden.
     */
    protected final void lockable(Node control, Node row, String key) {
        disableWhileLocked(control, key);
        row.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.hiddenControls().contains(key),
                model.hiddenControls()));
        row.managedProperty().bind(row.visibleProperty());
    }

    /** Shows {@code control} as not editable while {@code key} is locked. */
    protected final void disableWhileLocked(Node control, String key) {
        control.disableProperty().bind(Bindings.createBooleanBinding(() -> model.lockedControls().contains(key),
                model.lockedControls()));
    }

    private void lockForm() {
        if (!formHolder.getChildren().isEmpty()) {
            @SuppressWarnings("unchecked")
            HyperparameterForm<C> form = (HyperparameterForm<C>) formHolder.getChildren().get(0);
            form.lock(model.lockedControls()::contains);
            form.hide(model.hiddenControls()::contains);
        }
    }

    /** Lays the panel out; subclasses call it at the end of their constructor, once their controls exist. */
    protected final void build(List<Node> choices, List<Node> extras) {
        TextField target = limitField("target-steps", "gan.targetSteps.tooltip", this::applyTarget);
        TextField minutes = limitField("time-limit", "gan.timeLimit.tooltip", this::applyTimeLimit);

        Label pending = new Label(I18n.get("gan.pending"), new FontIcon("mdi2i-information-outline"));
        pending.setWrapText(true);
        Button resetNow = Tips.explain(new Button(I18n.get("toolbar.reset"), new FontIcon("mdi2r-restore")), "toolbar.reset.tooltip");
        resetNow.setOnAction(e -> model.reset());
        VBox pendingBox = new VBox(6, pending, resetNow);
        pendingBox.getStyleClass().add("pending-reset");
        pendingBox.visibleProperty().bind(model.resetPendingProperty());
        pendingBox.managedProperty().bind(model.resetPendingProperty());

        Label hint = new Label(I18n.get("gan.liveHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox panel = new VBox(8);
        panel.getChildren().add(UiControls.title(I18n.get("gan.settings")));
        panel.getChildren().addAll(choices);
        panel.getChildren().add(datasetRow());
        panel.getChildren().addAll(pendingBox, formHolder);
        panel.getChildren().addAll(extras);
        panel.getChildren().addAll(UiControls.labelled(I18n.get("gan.targetSteps"), target),
                UiControls.labelled(I18n.get("gan.timeLimit"), minutes), hint);
        panel.setPadding(new Insets(12));
        panel.getStyleClass().add("settings-panel");
        setContent(panel);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("settings-scroll");
    }

    /**
     * A choice box for {@code setting}: each value shown as {@code prefix.<name>} and explained by
     * {@code prefix.<name>.tooltip}, the box by {@code prefix.tooltip}; picking a value sends it to the model. The
     * caller keeps it in step with the draft ({@link #showChoice}).
     */
    protected final <V> ComboBox<V> choice(String id, Choice<C, V> setting, String prefix) {
        ComboBox<V> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().addAll(setting.values());
        UiControls.showAs(combo, v -> I18n.get(prefix + "." + setting.nameOf(v)));
        combo.setMaxWidth(Double.MAX_VALUE);
        Tips.explainChoice(combo, prefix + ".tooltip", v -> prefix + "." + setting.nameOf(v) + ".tooltip");
        combo.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.choose(setting, b);
            }
        });
        disableWhileLocked(combo, setting.key());
        return combo;
    }

    /**
     * Sets {@code combo} to the draft's value of {@code setting} and shows its row only when {@code applies} and an
     * exercise does not hide it.
     */
    protected final <V> void showChoice(ComboBox<V> combo, Node row, Choice<C, V> setting, C draft, boolean applies) {
        combo.setValue(setting.get(draft));
        showRow(row, setting.key(), applies);
    }

    /**
     * Shows {@code row} (a check box, or a choice with its caption) only when {@code applies} and an exercise does not
     * hide {@code key}.
     */
    protected final void showRow(Node row, String key, boolean applies) {
        boolean shown = applies && !model.hiddenControls().contains(key);
        row.setVisible(shown);
        row.setManaged(shown);
    }

    /** Runs {@code sync} (which shows the draft) now and whenever the draft or the hidden controls change. */
    protected final void syncWithDraft(Runnable sync) {
        model.draftProperty().addListener((o, a, b) -> sync.run());
        model.hiddenControls().addListener((SetChangeListener<String>) change -> sync.run());
        sync.run();
    }

    /**
     * Shows the numeric settings for {@code config}: rebuilt when {@code key} (what decides which
     * settings apply) changes, refreshed otherwise.
     */
    protected final void showForm(C config, Object key, List<Hyperparameter<C>> parameters) {
        if (formHolder.getChildren().isEmpty() || !key.equals(formKey)) {
            formKey = key;
            formHolder.getChildren().setAll(new HyperparameterForm<>(parameters, config, model::accept));
            lockForm();
        } else {
            @SuppressWarnings("unchecked")
            HyperparameterForm<C> form = (HyperparameterForm<C>) formHolder.getChildren().get(0);
            form.show(config);
        }
    }

    /** The dataset's caption with the button that opens the picker beside it, and the list of built-in ones below. */
    private VBox datasetRow() {
        ComboBox<DataSpec> choice = new ComboBox<>();
        choice.setId("dataset-choice");
        Tips.explainChoice(choice, "gan.dataset.tooltip", spec -> "dataset." + spec.source() + ".tooltip");
        BuiltInDatasets.entries().forEach(e -> choice.getItems().add(DataSpec.of(e.name())));
        UiControls.showAs(choice, DatasetChoice::titleOf);
        Runnable showCurrent = () -> {
            DataSpec current = model.family().dataset(model.draftProperty().get());
            if (!choice.getItems().contains(current)) {
                choice.getItems().add(current);
            }
            choice.setValue(current);
        };
        showCurrent.run();
        model.draftProperty().addListener((o, a, b) -> showCurrent.run());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectBuiltIn(b);
            }
        });
        Button choose = new Button(null, new FontIcon("mdi2d-database-search-outline"));
        choose.setId("choose-dataset");
        choose.setTooltip(Tips.of("gan.chooseDataset"));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> openPicker());
        Label caption = new Label(I18n.get("gan.dataset"));
        caption.setLabelFor(choice);
        caption.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, caption, spacer, choose);
        top.setAlignment(Pos.BOTTOM_LEFT);
        VBox row = new VBox(4, top, choice);
        lockable(choice, row, "dataset");
        choose.disableProperty().bind(choice.disableProperty());
        return row;
    }

    private void openPicker() {
        DatasetPickerViewModel pickerModel = new DatasetPickerViewModel(preferences, model.family().dataset(model.draftProperty().get()));
        new DatasetPicker(getScene().getWindow(), pickerModel, appearance, model::selectDataset).show();
    }

    /** A field for where training stops by itself, empty for no limit; applied on Enter and when it loses focus. */
    private static TextField limitField(String id, String tooltip, Consumer<TextField> apply) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(I18n.get("gan.targetSteps.none"));
        field.setPrefColumnCount(7);
        field.setTooltip(Tips.of(tooltip));
        field.setOnAction(e -> apply.accept(field));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.accept(field);
            }
        });
        return field;
    }

    /** Minutes, whole or decimal (with a point or a comma); anything else clears the field and the limit. */
    private void applyTimeLimit(TextField field) {
        String text = field.getText().trim().replace(',', '.');
        double minutes = 0;
        try {
            minutes = text.isEmpty() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            // not a number: no limit, as below
        }
        if (!(minutes > 0 && minutes <= MAX_MINUTES)) {
            minutes = 0;
            if (!text.isEmpty()) {
                field.setText("");
            }
        }
        model.setTimeLimit(Math.round(minutes * 60_000));
    }

    private void applyTarget(TextField field) {
        String text = field.getText().trim();
        long steps = 0;
        try {
            steps = text.isEmpty() ? 0 : Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            field.setText("");
        }
        model.setTargetSteps(steps);
    }
}
