package org.generativa.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** The GAN tab's left column: model, data, loss, the settings that apply to them, and the tricks. */
final class GanSettingsPanel extends ScrollPane {

    private final GanTabViewModel model;
    private final Appearance appearance;
    private final Preferences preferences;
    private final StackPane formHolder = new StackPane();
    private final ComboBox<GanLoss> loss = new ComboBox<>();
    private final ToggleSwitch minibatchStd = new ToggleSwitch(I18n.get("gan.minibatchStd"));
    private GanModelKind formModel;
    private GanLoss formLoss;

    GanSettingsPanel(GanTabViewModel model, Appearance appearance, Preferences preferences) {
        this.model = model;
        this.appearance = appearance;
        this.preferences = preferences;

        ComboBox<GanModelKind> kind = new ComboBox<>();
        kind.setId("model-choice");
        kind.getItems().addAll(GanModelKind.values());
        UiControls.showAs(kind, k -> I18n.get("gan.model." + k.cliName()));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setValue(model.draftProperty().get().model());
        kind.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectModel(b);
            }
        });

        loss.setId("loss-choice");
        loss.getItems().addAll(GanLoss.CHOICES);
        UiControls.showAs(loss, l -> I18n.get("gan.loss." + l.cliName()));
        loss.setMaxWidth(Double.MAX_VALUE);
        loss.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.draftProperty().get().loss()) {
                model.selectLoss(b);
            }
        });
        Label wasserstein = new Label(I18n.get("gan.loss.wasserstein"));
        wasserstein.getStyleClass().add("hint");

        minibatchStd.setId("minibatch-std");
        minibatchStd.setTooltip(new Tooltip(I18n.get("gan.minibatchStd.tooltip")));
        minibatchStd.selectedProperty().addListener((o, a, b) -> {
            if (b != model.draftProperty().get().tricks().minibatchStd()) {
                model.setMinibatchStd(b);
            }
        });

        TextField target = new TextField();
        target.setId("target-steps");
        target.setPromptText(I18n.get("gan.targetSteps.none"));
        target.setPrefColumnCount(7);
        target.setOnAction(e -> applyTarget(target));
        target.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                applyTarget(target);
            }
        });

        Label pending = new Label(I18n.get("gan.pending"), new FontIcon("mdi2i-information-outline"));
        pending.setWrapText(true);
        Button resetNow = new Button(I18n.get("toolbar.reset"), new FontIcon("mdi2r-restore"));
        resetNow.setOnAction(e -> model.reset());
        VBox pendingBox = new VBox(6, pending, resetNow);
        pendingBox.getStyleClass().add("pending-reset");
        pendingBox.visibleProperty().bind(model.resetPendingProperty());
        pendingBox.managedProperty().bind(model.resetPendingProperty());

        Label hint = new Label(I18n.get("gan.liveHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox lossBox = new VBox(4, loss, wasserstein);
        VBox panel = new VBox(8,
                UiControls.title(I18n.get("gan.settings")),
                UiControls.labelled(I18n.get("gan.model"), kind),
                UiControls.labelled(I18n.get("gan.dataset"), datasetRow()),
                UiControls.labelled(I18n.get("gan.loss"), lossBox),
                pendingBox,
                formHolder,
                minibatchStd,
                UiControls.labelled(I18n.get("gan.targetSteps"), target),
                hint);
        panel.setPadding(new Insets(12));
        panel.getStyleClass().add("settings-panel");
        setContent(panel);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("settings-scroll");

        Runnable sync = () -> {
            GanConfig config = model.draftProperty().get();
            kind.setValue(config.model());
            boolean w = config.model().wasserstein();
            loss.setVisible(!w);
            loss.setManaged(!w);
            wasserstein.setVisible(w);
            wasserstein.setManaged(w);
            if (!w) {
                loss.setValue(config.loss());
            }
            minibatchStd.setSelected(config.tricks().minibatchStd());
            showForm(config);
        };
        model.draftProperty().addListener((o, a, b) -> sync.run());
        sync.run();
    }

    /** The settings form depends on the model and loss; it is rebuilt when they change and refreshed otherwise. */
    private void showForm(GanConfig config) {
        if (formHolder.getChildren().isEmpty() || config.model() != formModel || config.loss() != formLoss) {
            formModel = config.model();
            formLoss = config.loss();
            formHolder.getChildren().setAll(new HyperparameterForm<>(
                    GanConfig.hyperparametersFor(config.model(), config.loss()), config, model::accept));
        } else {
            @SuppressWarnings("unchecked")
            HyperparameterForm<GanConfig> form = (HyperparameterForm<GanConfig>) formHolder.getChildren().get(0);
            form.show(config);
        }
    }

    private HBox datasetRow() {
        ComboBox<DataSpec> dataset = new ComboBox<>();
        dataset.setId("dataset-choice");
        BuiltInDatasets.entries().forEach(e -> dataset.getItems().add(DataSpec.of(e.name())));
        UiControls.showAs(dataset, DatasetChoice::titleOf);
        Runnable showCurrent = () -> {
            DataSpec current = model.draftProperty().get().dataset();
            if (!dataset.getItems().contains(current)) {
                dataset.getItems().add(current);
            }
            dataset.setValue(current);
        };
        showCurrent.run();
        model.draftProperty().addListener((o, a, b) -> showCurrent.run());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectBuiltIn(b);
            }
        });
        HBox.setHgrow(dataset, Priority.ALWAYS);
        Button choose = new Button(null, new FontIcon("mdi2d-database-search-outline"));
        choose.setId("choose-dataset");
        choose.setTooltip(new Tooltip(I18n.get("gan.chooseDataset")));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> openPicker());
        return new HBox(6, dataset, choose);
    }

    private void openPicker() {
        DatasetPickerViewModel pickerModel = new DatasetPickerViewModel(preferences, model.draftProperty().get().dataset());
        new DatasetPicker(getScene().getWindow(), pickerModel, appearance, model::selectDataset).show();
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
