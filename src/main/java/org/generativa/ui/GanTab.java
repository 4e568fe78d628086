package org.generativa.ui;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import java.util.prefs.Preferences;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.train.ImageGrid;
import org.generativa.train.MetricPoint;
import org.generativa.train.PointCloud;
import org.generativa.train.Preview;
import org.generativa.train.ScalarSamples;
import org.kordamp.ikonli.javafx.FontIcon;

/** The GANs tab: settings on the left, live samples in the middle, loss and D charts on the right. */
final class GanTab extends Tab implements GanTabViewModel.FrameListener {

    private static final long FRAME_NANOS = 33_000_000L;
    /** Charts redraw every third frame: long line paths are the costliest thing on screen. */
    private static final int FRAMES_PER_CHART_UPDATE = 3;

    private final GanTabViewModel model;
    private final LiveChart lossChart;
    private final LiveChart discriminatorChart;
    private final SampleImageView sampleImage = new SampleImageView();
    private final PointCloudView pointCloud;
    private final DensityView densities;
    private final Appearance appearance;
    private final Preferences preferences;
    private final StackPane previewHolder = new StackPane();
    private final Label previewTitle = new Label();
    private final HyperparameterForm<GanConfig> form;
    private List<String> metricNames = List.of();
    private Preview lastPreview;
    private final AnimationTimer pump = new AnimationTimer() {
        private long last;
        private int frame;

        @Override
        public void handle(long now) {
            if (now - last >= FRAME_NANOS) {
                last = now;
                model.pump();
                if (++frame % FRAMES_PER_CHART_UPDATE == 0) {
                    lossChart.flush();
                    discriminatorChart.flush();
                }
            }
        }
    };

    GanTab(GanTabViewModel model, Appearance appearance, Preferences preferences) {
        super(I18n.get("tab.gan"));
        this.model = model;
        this.appearance = appearance;
        this.preferences = preferences;
        BooleanProperty dark = appearance.darkProperty();
        densities = new DensityView(dark);
        setClosable(false);
        setId("gan-tab");
        lossChart = new LiveChart(I18n.get("gan.chart.loss"), I18n.get("gan.chart.step"),
                List.of(I18n.get("gan.chart.loss.d"), I18n.get("gan.chart.loss.g")));
        lossChart.setId("loss-chart");
        discriminatorChart = new LiveChart(I18n.get("gan.chart.d"), I18n.get("gan.chart.step"),
                List.of(I18n.get("gan.chart.d.real"), I18n.get("gan.chart.d.fake")));
        discriminatorChart.setId("d-chart");
        pointCloud = new PointCloudView(dark);
        sampleImage.setId("sample-image");
        pointCloud.setId("point-cloud");
        form = new HyperparameterForm<>(GanConfig.HYPERPARAMETERS, model.draftProperty().get(), model::accept);
        model.draftProperty().addListener((o, a, b) -> form.show(b));

        BorderPane content = new BorderPane();
        content.setLeft(settingsPanel());
        content.setCenter(liveArea());
        setContent(content);
        model.setFrameListener(this);
        pump.start();
    }

    private Node settingsPanel() {
        ComboBox<DataSpec> dataset = new ComboBox<>();
        dataset.setId("dataset-choice");
        BuiltInDatasets.entries().forEach(e -> dataset.getItems().add(DataSpec.of(e.name())));
        dataset.setConverter(converter(DatasetChoice::titleOf));
        dataset.setButtonCell(cell(DatasetChoice::titleOf));
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
        HBox datasetRow = new HBox(6, dataset, choose);

        ComboBox<GanLoss> loss = new ComboBox<>();
        loss.setId("loss-choice");
        loss.getItems().addAll(GanLoss.NON_SATURATING, GanLoss.MINIMAX);
        loss.setConverter(converter(l -> I18n.get("gan.loss." + l.cliName())));
        loss.setButtonCell(cell(l -> I18n.get("gan.loss." + l.cliName())));
        loss.setValue(model.draftProperty().get().loss());
        loss.setMaxWidth(Double.MAX_VALUE);
        loss.valueProperty().addListener((o, a, b) -> model.selectLoss(b));

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

        Label title = new Label(I18n.get("gan.settings"));
        title.getStyleClass().add("panel-title");
        Label hint = new Label(I18n.get("gan.liveHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox panel = new VBox(8,
                title,
                labelled(I18n.get("gan.dataset"), datasetRow),
                labelled(I18n.get("gan.loss"), loss),
                form,
                labelled(I18n.get("gan.targetSteps"), target),
                pendingBox,
                hint);
        panel.setPadding(new Insets(12));
        panel.getStyleClass().add("settings-panel");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("settings-scroll");
        return scroll;
    }

    private void openPicker() {
        DatasetPickerViewModel pickerModel = new DatasetPickerViewModel(preferences, model.draftProperty().get().dataset());
        new DatasetPicker(getTabPane().getScene().getWindow(), pickerModel, appearance, model::selectDataset).show();
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

    private Node liveArea() {
        previewTitle.getStyleClass().add("panel-title");
        previewHolder.getChildren().setAll(sampleImage);
        VBox previewBox = new VBox(6, previewTitle, previewHolder);
        VBox.setVgrow(previewHolder, Priority.ALWAYS);
        previewBox.getStyleClass().add("preview-box");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(48);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(52);
        grid.getColumnConstraints().addAll(left, right);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(50);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(50);
        bottom.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().addAll(top, bottom);
        grid.add(previewBox, 0, 0, 1, 2);
        grid.add(lossChart, 1, 0);
        grid.add(discriminatorChart, 1, 1);
        return grid;
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        VBox box = new VBox(4, label, control);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @Override
    public void restarted(List<String> names) {
        metricNames = names;
        lossChart.clear();
        discriminatorChart.clear();
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        int lossD = metricNames.indexOf("loss_d");
        int lossG = metricNames.indexOf("loss_g");
        int dReal = metricNames.indexOf("d_real");
        int dFake = metricNames.indexOf("d_fake");
        for (MetricPoint point : points) {
            double[] v = point.values();
            lossChart.add(0, point.step(), v[lossD]);
            lossChart.add(1, point.step(), v[lossG]);
            discriminatorChart.add(0, point.step(), v[dReal]);
            discriminatorChart.add(1, point.step(), v[dFake]);
        }
    }

    @Override
    public void preview(Preview preview) {
        lastPreview = preview;
        if (preview instanceof ImageGrid grid) {
            if (previewHolder.getChildren().get(0) != sampleImage) {
                previewHolder.getChildren().setAll(sampleImage);
            }
            previewTitle.setText(I18n.get("gan.samples"));
            sampleImage.show(grid);
        } else if (preview instanceof PointCloud cloud) {
            if (previewHolder.getChildren().get(0) != pointCloud) {
                previewHolder.getChildren().setAll(pointCloud);
            }
            previewTitle.setText(I18n.get("gan.points"));
            pointCloud.show(cloud);
        } else if (preview instanceof ScalarSamples samples) {
            if (previewHolder.getChildren().get(0) != densities) {
                previewHolder.getChildren().setAll(densities);
            }
            previewTitle.setText(I18n.get("gan.densities"));
            densities.show(samples);
        }
    }

    Preview lastPreview() {
        return lastPreview;
    }

    LiveChart lossChart() {
        return lossChart;
    }

    SampleImageView sampleImage() {
        return sampleImage;
    }

    void stopPump() {
        pump.stop();
    }
}
