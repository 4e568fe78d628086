package org.generativa.ui.dataset;

import java.io.File;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.generativa.data.ColorMode;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetSummary;
import org.generativa.data.download.DownloadableDataset;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.PointCloud;
import org.generativa.preview.ScalarSamples;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.DensityView;
import org.generativa.ui.widgets.PointCloudView;
import org.generativa.ui.widgets.SampleImageView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Chooses the data to train on: built-in sets, imported files and folders. Shows an 8x8 preview, the
 * item count, image size, class names and class balance of the selected set.
 */
public final class DatasetPicker {

    private final Stage stage = new Stage();
    private final DatasetPickerViewModel model;
    private final Appearance appearance;
    private final SampleImageView images = new SampleImageView();
    private final PointCloudView points;
    private final DensityView densities;
    private final StackPane preview = new StackPane();
    private final GridPane facts = new GridPane();
    private final BarChart<String, Number> balance = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public DatasetPicker(Window owner, DatasetPickerViewModel model, Appearance appearance, BiConsumer<DataSpec, DataKind> onUse) {
        this.model = model;
        this.appearance = appearance;
        this.points = new PointCloudView(appearance.darkProperty());
        this.densities = new DensityView(appearance.darkProperty());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.get("picker.title"));

        BorderPane root = new BorderPane();
        root.setId("dataset-picker");
        root.setLeft(choiceList());
        root.setCenter(details());
        root.setBottom(footer(onUse));
        appearance.bind(root);
        stage.setScene(new Scene(root, 1100, 720));
        stage.setOnHidden(e -> model.dispose());

        model.summaryProperty().addListener((o, a, b) -> show(b));
        model.downloadableProperty().addListener((o, a, b) -> showDownload(b));
        show(model.summaryProperty().get());
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private Node choiceList() {
        ListView<DatasetChoice> list = new ListView<>(model.choices());
        list.setId("dataset-list");
        list.setPrefWidth(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DatasetChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.title());
                setGraphic(new FontIcon(switch (item.origin()) {
                    case BUILT_IN -> "mdi2c-creation";
                    case DOWNLOAD -> "mdi2c-cloud-download-outline";
                    case IMPORTED -> "mdi2f-folder-outline";
                }));
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedProperty().get()) {
                model.select(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox box = new VBox(6, title(I18n.get("picker.sets")), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node details() {
        preview.setMinSize(256, 256);
        preview.setPrefSize(420, 420);
        preview.getStyleClass().add("picker-preview");
        facts.setHgap(12);
        facts.setVgap(4);
        facts.setId("dataset-facts");
        balance.setAnimated(false);
        balance.setLegendVisible(false);
        balance.setTitle(I18n.get("picker.balance"));
        balance.setId("class-balance");
        balance.setMinHeight(160);
        balance.setPrefHeight(220);
        VBox right = new VBox(10, title(I18n.get("picker.about")), facts, balance);
        right.setPrefWidth(360);
        HBox.setHgrow(preview, Priority.ALWAYS);
        HBox body = new HBox(16, preview, right);
        body.setPadding(new Insets(12));

        Label error = new Label();
        error.setId("picker-error");
        error.getStyleClass().add("refusal");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Hyperlink skippedLink = new Hyperlink();
        skippedLink.setId("picker-skipped");
        model.skippedProperty().addListener((o, a, b) -> skippedLink.setText(
                b.isEmpty() ? "" : I18n.format("picker.skipped", b.size())));
        skippedLink.visibleProperty().bind(skippedLink.textProperty().isNotEmpty());
        skippedLink.managedProperty().bind(skippedLink.visibleProperty());
        skippedLink.setOnAction(e -> showSkipped());

        ProgressBar bar = new ProgressBar();
        bar.setId("picker-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(I18n.get("picker.cancel"));
        cancel.setOnAction(e -> model.cancel());
        HBox busy = new HBox(8, new Label(I18n.get("picker.loading")), bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());

        VBox messages = new VBox(6, busy, error, skippedLink);
        messages.setPadding(new Insets(0, 12, 0, 12));
        VBox center = new VBox(body, messages);
        VBox.setVgrow(body, Priority.ALWAYS);
        return center;
    }

    private Node footer(BiConsumer<DataSpec, DataKind> onUse) {
        Button importFile = new Button(I18n.get("picker.importFile"), new FontIcon("mdi2f-file-import-outline"));
        importFile.setId("import-file");
        importFile.setOnAction(e -> chooseFile());
        Button importFolder = new Button(I18n.get("picker.importFolder"), new FontIcon("mdi2f-folder-open-outline"));
        importFolder.setId("import-folder");
        importFolder.setOnAction(e -> chooseFolder());
        ComboBox<Integer> size = new ComboBox<>();
        size.getItems().addAll(28, 32, 64);
        size.valueProperty().bindBidirectional(model.importSizeProperty().asObject());
        ComboBox<ColorMode> color = new ComboBox<>();
        color.getItems().addAll(ColorMode.values());
        color.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColorMode mode) {
                return mode == null ? "" : I18n.get("picker.color." + mode.cliName());
            }

            @Override
            public ColorMode fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        color.valueProperty().bindBidirectional(model.importColorProperty());
        HBox imports = new HBox(8, importFile, importFolder, new Label(I18n.get("picker.size")), size,
                new Label(I18n.get("picker.color")), color);
        imports.setAlignment(Pos.CENTER_LEFT);

        Button use = new Button(I18n.get("picker.use"));
        use.setId("use-dataset");
        use.setDefaultButton(true);
        use.disableProperty().bind(model.summaryProperty().isNull().or(model.busyProperty()).or(model.errorProperty().isNotNull()));
        use.setOnAction(e -> {
            if (model.canUse()) {
                onUse.accept(model.selectedProperty().get().spec(), model.summaryProperty().get().kind());
                stage.close();
            }
        });
        Button close = new Button(I18n.get("picker.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(use, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(use, close);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, imports, spacer, buttons);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(12));
        footer.getStyleClass().add("picker-footer");
        return footer;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("picker.importFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.get("picker.idxFiles"), "*-idx3-ubyte", "*-idx3-ubyte.gz", "*.gz"),
                new FileChooser.ExtensionFilter(I18n.get("picker.allFiles"), "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.importPath(file.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.get("picker.importFolder"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.importPath(folder.toPath());
        }
    }

    private void show(DatasetSummary summary) {
        facts.getChildren().clear();
        balance.getData().clear();
        if (summary == null) {
            preview.getChildren().clear();
            return;
        }
        NumberFormat number = NumberFormat.getIntegerInstance();
        int row = 0;
        row = fact(row, "picker.name", summary.name());
        row = fact(row, "picker.items", summary.size().isPresent() ? number.format(summary.size().getAsInt())
                : I18n.get("picker.unlimited"));
        row = fact(row, "picker.shape", summary.shapeText());
        List<String> labels = summary.labelNames();
        fact(row, "picker.classes", labels.isEmpty() ? I18n.get("picker.unlabelled") : String.join(", ", labels));
        if (summary.classCounts().length > 0) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (int i = 0; i < labels.size(); i++) {
                series.getData().add(new XYChart.Data<>(labels.get(i), summary.classCounts()[i]));
            }
            balance.getData().add(series);
        }
        balance.setVisible(summary.classCounts().length > 0);
        showPreview(summary);
    }

    private int fact(int row, String key, String value) {
        Label name = new Label(I18n.get(key));
        name.getStyleClass().add("fact-name");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("fact-" + key.substring(key.indexOf('.') + 1));
        facts.add(name, 0, row);
        facts.add(text, 1, row);
        return row + 1;
    }

    /** In place of a preview: what the set is, its size and licence, and the Download button with its progress. */
    private void showDownload(DownloadableDataset entry) {
        if (entry == null) {
            return;
        }
        facts.getChildren().clear();
        balance.getData().clear();
        balance.setVisible(false);
        int row = fact(0, "picker.name", entry.title());
        row = fact(row, "picker.shape", entry.shape().replace('x', '×'));
        row = fact(row, "picker.classes", String.join(", ", entry.classNames()));
        fact(row, "picker.licence", entry.licence());

        Label title = title(entry.title());
        Label description = new Label(entry.description());
        description.setWrapText(true);
        Label size = new Label(I18n.format("picker.download.size", String.format(Locale.ROOT, "%.1f",
                entry.totalSize() / 1e6)));
        size.setWrapText(true);
        Button download = new Button(I18n.get("picker.download"), new FontIcon("mdi2c-cloud-download-outline"));
        download.setId("download-dataset");
        download.getStyleClass().add("accent");
        download.setOnAction(e -> model.download());
        download.disableProperty().bind(model.downloadingProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("download-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.downloadProgressProperty());
        Button cancel = new Button(I18n.get("picker.cancel"));
        cancel.setId("cancel-download");
        cancel.setOnAction(e -> model.cancelDownload());
        HBox progress = new HBox(8, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        progress.visibleProperty().bind(model.downloadingProperty());
        progress.managedProperty().bind(model.downloadingProperty());
        Label status = new Label();
        status.setId("download-status");
        status.setWrapText(true);
        status.textProperty().bind(model.downloadStatusProperty());
        VBox box = new VBox(10, title, description, size, download, progress, status);
        box.setMaxWidth(420);
        box.setAlignment(Pos.CENTER_LEFT);
        preview.getChildren().setAll(box);
    }

    private void showPreview(DatasetSummary summary) {
        if (summary.kind() == DataKind.IMAGES) {
            int[] shape = summary.itemShape();
            images.show(GridRenderer.render(summary.preview(), summary.previewCount(), shape[0], shape[1], shape[2], 8, 0f, 1f));
            preview.getChildren().setAll(images);
        } else if (summary.kind() == DataKind.POINTS) {
            points.show(new PointCloud(summary.preview(), new float[0]));
            preview.getChildren().setAll(points);
        } else {
            densities.show(new ScalarSamples(summary.preview(), new float[0]));
            preview.getChildren().setAll(densities);
        }
    }

    private void showSkipped() {
        TextArea list = new TextArea();
        list.setEditable(false);
        list.setWrapText(true);
        StringBuilder text = new StringBuilder();
        model.skippedProperty().get().forEach(s -> text.append(I18n.of(s.sentence())).append('\n'));
        list.setText(text.toString());
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(I18n.get("picker.title"));
        alert.setHeaderText(I18n.format("picker.skipped", model.skippedProperty().get().size()));
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }
}
