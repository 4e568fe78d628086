package org.generativa.ui.lab;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.generativa.lab.CollapseDetector;
import org.generativa.lab.LabExperiment;
import org.generativa.lab.LabPreset;
import org.generativa.lab.ToyFrame;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.preview.ScalarSamples;
import org.generativa.train.MetricPoint;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.generativa.ui.common.TrainingControls;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.lab.LabTabViewModel.Layer;
import org.generativa.ui.widgets.ChartCard;
import org.generativa.ui.widgets.FramePump;
import org.generativa.ui.widgets.LookForPanel;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.TrainingChart.Scale;
import org.generativa.ui.widgets.TrainingChart;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The mode-collapse lab: presets with their explanation on the left, one to four runs side by side, and
 * their mode metrics over time on one chart below.
 */
public final class LabTab extends Tab implements WorkspaceTab {

    /** The metrics the chart can show, by column name. */
    static final List<String> CHART_METRICS = List.of(LabExperiment.MODES, LabExperiment.HIGH_QUALITY,
            LabExperiment.REVERSE_KL, "grad_norm_g", "loss_d", "loss_g");
    private static final Map<String, String> Y_TITLES = Map.of(LabExperiment.MODES, "chart.y.modes",
            LabExperiment.HIGH_QUALITY, "chart.y.fraction", LabExperiment.REVERSE_KL, "chart.y.nats",
            "grad_norm_g", "chart.y.norm", "loss_d", "chart.y.loss", "loss_g", "chart.y.loss");
    private static final Map<String, Scale> SCALES = Map.of(LabExperiment.HIGH_QUALITY, Scale.PROBABILITY,
            "grad_norm_g", Scale.LOG);

    private final LabTabViewModel model;
    private final BooleanProperty dark;
    private final GridPane runGrid = new GridPane();
    private final List<LabRunPanel> panels = new ArrayList<>();
    private final BorderPane chartHolder = new BorderPane();
    private final LabArea area = new LabArea(runGrid, chartHolder);
    private final StringProperty presentedNumbers = new SimpleStringProperty("");
    private final ComboBox<String> chartMetric = new ComboBox<>();
    private final Appearance appearance;
    private TrainingChart chart;
    private FramePump pump;

    public LabTab(LabTabViewModel model, Appearance appearance) {
        super(I18n.get("tab.lab"));
        setTooltip(Tips.of("tab.lab.tooltip"));
        BooleanProperty dark = appearance.darkProperty();
        this.model = model;
        this.dark = dark;
        this.appearance = appearance;
        setClosable(false);
        setId("lab-tab");

        ScrollPane left = new ScrollPane(controls(appearance));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("settings-scroll");

        runGrid.setHgap(12);
        runGrid.setVgap(12);
        runGrid.setId("lab-runs");
        chartHolder.setId("lab-chart-area");
        chartMetric.getItems().setAll(CHART_METRICS);
        chartMetric.setId("lab-chart-metric");
        chartMetric.setTooltip(Tips.of("tooltip.lab-chart-metric"));
        UiControls.showAs(chartMetric, m -> I18n.get("lab.chart." + m));
        chartMetric.setValue(LabExperiment.MODES);
        chartMetric.valueProperty().addListener((o, a, b) -> rebuildChart());
        Label problem = new Label();
        problem.getStyleClass().add("refusal");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        FlowPane chartBar = new FlowPane(10, 6, UiControls.title(I18n.get("lab.chart")), chartMetric,
                UiControls.smoothingSlider(appearance.chartSmoothingProperty()));
        chartBar.setAlignment(Pos.CENTER_LEFT);
        chartHolder.setTop(chartBar);
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox centre = new VBox(10, playbackBar(), problem, area);
        centre.setPadding(new Insets(10, 12, 10, 12));

        setContent(new BorderPane(UiControls.scrollingWhenSmall(centre), null, null, null, left));
        model.runs().addListener((ListChangeListener<LabRunViewModel>) c -> layoutRuns());
        model.chartRevisionProperty().subscribe(b -> rebuildChart());
        model.partProperty().subscribe(part -> panels.forEach(p -> p.canvas().highlight(part, model.batchSize())));
        for (Layer layer : Layer.values()) {
            model.layer(layer).addListener((o, a, b) -> panels.forEach(LabRunPanel::redraw));
        }
        selectedProperty().addListener((o, a, shown) -> {
            if (shown && model.runs().isEmpty()) {
                model.load();
            }
        });
        pump = new FramePump(this::pumpFrame, () -> {
            if (chart != null) {
                chart.flush();
            }
        });
        pump.start();
    }

    public LabTabViewModel model() {
        return model;
    }

    public List<LabRunPanel> panels() {
        return panels;
    }

    private VBox controls(Appearance appearance) {
        VBox presets = presetList();
        Label explanation = new Label();
        explanation.setId("lab-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("lab-explanation");
        explanation.textProperty().bind(model.presetProperty().map(LabTab::about));
        Label changed = new Label();
        changed.setId("lab-changed");
        changed.setWrapText(true);
        changed.getStyleClass().add("hint");
        changed.textProperty().bind(model.presetProperty().map(LabTab::changes));
        Button load = new Button(I18n.get("lab.load"), new FontIcon("mdi2p-play-box-outline"));
        load.setId("lab-load");
        load.setTooltip(Tips.of("tooltip.lab-load"));
        load.getStyleClass().add("accent");
        load.setOnAction(e -> model.load());
        Button beside = new Button(I18n.get("lab.addBeside"), new FontIcon("mdi2v-view-split-vertical"));
        beside.setId("lab-add-beside");
        beside.setTooltip(Tips.of("tooltip.lab-add-beside"));
        beside.setOnAction(e -> model.addBeside());
        beside.disableProperty().bind(javafx.beans.binding.Bindings.size(model.runs()).greaterThanOrEqualTo(LabTabViewModel.MAX_RUNS));
        FlowPane presetButtons = new FlowPane(8, 6, load, beside);

        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("lab-dataset");
        dataset.setTooltip(Tips.of("tooltip.lab-dataset"));
        dataset.getItems().setAll(LabTabViewModel.DATASETS);
        dataset.setValue(model.datasetProperty().get());
        dataset.valueProperty().addListener((o, a, b) -> {
            model.datasetProperty().set(b);
            model.restartAll();
        });
        model.datasetProperty().subscribe(b -> dataset.setValue(b));
        Spinner<Integer> seed = new Spinner<>(1, 9999, (int) model.seedProperty().get());
        seed.setId("lab-seed");
        seed.setTooltip(Tips.of("tooltip.lab-seed"));
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.valueProperty().addListener((o, a, b) -> {
            model.seedProperty().set(b);
            model.restartAll();
        });
        HBox dataRow = new HBox(12, UiControls.labelled(I18n.get("lab.dataset"), dataset),
                UiControls.labelled(I18n.get("lab.seed"), seed));

        VBox box = new VBox(10,
                LookForPanel.of("look.lab", appearance.preferences()),
                UiControls.title(I18n.get("lab.presets")), presets, presetButtons, explanation, changed, new Separator(),
                dataRow, new Separator(),
                new LabRunSettingsView(model));
        box.setPadding(new Insets(12));
        box.getStyleClass().add("settings-panel");
        return box;
    }

    /** The presets, one button each, the chosen one pressed; a double click loads it. */
    private VBox presetList() {
        VBox list = new VBox(2);
        list.setId("lab-presets");
        ToggleGroup group = new ToggleGroup();
        for (LabPreset preset : LabPreset.values()) {
            ToggleButton button = new ToggleButton(I18n.get("lab.preset." + preset.cliName()));
            button.setId("lab-preset-" + preset.cliName());
            button.getStyleClass().addAll("flat", "lab-preset");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setTooltip(Tips.text(about(preset)));
            button.setToggleGroup(group);
            button.setSelected(preset == model.presetProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                model.presetProperty().set(preset);
            });
            button.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    model.load();
                }
            });
            list.getChildren().add(button);
        }
        model.presetProperty().subscribe(chosen -> group.getToggles().forEach(
                t -> t.setSelected(((ToggleButton) t).getId().equals("lab-preset-" + chosen.cliName()))));
        return list;
    }

    /** Layers, speed and slow motion: above the runs, where the class can see them change. */
    private VBox playbackBar() {
        FlowPane layerBoxes = new FlowPane(14, 6);
        for (Layer layer : Layer.values()) {
            CheckBox box = new CheckBox(I18n.get("lab.layer." + layer.name().toLowerCase(Locale.ROOT)));
            box.setId("lab-layer-" + layer.name().toLowerCase(Locale.ROOT));
            box.setTooltip(Tips.of("lab.layer." + layer.name().toLowerCase(Locale.ROOT) + ".tooltip"));
            box.selectedProperty().bindBidirectional(model.layer(layer));
            layerBoxes.getChildren().add(box);
        }

        Slider speed = new Slider(0, 4, 4);
        speed.setId("lab-speed");
        speed.setTooltip(Tips.of("tooltip.lab-speed"));
        Label speedValue = new Label();
        speed.valueProperty().addListener((o, a, b) -> {
            double pace = paceOf(b.doubleValue());
            model.paceProperty().set(pace);
            speedValue.setText(pace == 0 ? I18n.get("lab.speed.full") : I18n.format("lab.speed.value", (long) pace));
        });
        speedValue.setText(I18n.get("lab.speed.full"));
        HBox.setHgrow(speed, Priority.ALWAYS);
        HBox speedRow = new HBox(8, speed, speedValue);
        speedRow.setAlignment(Pos.CENTER_LEFT);

        ToggleButton slow = new ToggleButton(I18n.get("lab.slow"), new FontIcon("mdi2s-snail"));
        slow.setId("lab-slow");
        slow.setTooltip(Tips.of("tooltip.lab-slow"));
        slow.selectedProperty().bindBidirectional(model.slowMotionProperty());
        Button next = new Button(I18n.get("lab.slow.next"), new FontIcon("mdi2s-skip-next"));
        next.setId("lab-next-part");
        next.setTooltip(Tips.of("tooltip.lab-next-part"));
        next.setOnAction(e -> model.nextPart());
        Label caption = new Label();
        caption.setId("lab-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add("lab-caption");
        caption.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            LabTabViewModel.Part part = model.partProperty().get();
            return part == null ? (model.slowMotionProperty().get() ? I18n.get("lab.slow.start") : "")
                    : I18n.get("lab.part." + part.name().toLowerCase(Locale.ROOT));
        }, model.partProperty(), model.slowMotionProperty()));
        caption.managedProperty().bind(caption.textProperty().isNotEmpty());

        speed.setPrefWidth(160);
        speed.setMinWidth(100);
        speedValue.setMinWidth(Region.USE_PREF_SIZE);
        Label layersTitle = UiControls.title(I18n.get("lab.layers"));
        layerBoxes.getChildren().add(0, layersTitle);
        layerBoxes.getChildren().add(new HeatLegend(dark));
        layerBoxes.setAlignment(Pos.CENTER_LEFT);
        Label speedTitle = UiControls.title(I18n.get("lab.speed"));
        slow.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane playback = new FlowPane(10, 6, speedTitle, speedRow, new Separator(javafx.geometry.Orientation.VERTICAL),
                slow, next);
        playback.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, layerBoxes, playback, caption);
    }

    /** Slider position 0..4 to steps per second: 1, 10, 100, 1000 on a log scale; the far right is full speed. */
    static double paceOf(double position) {
        return position >= 3.999 ? 0 : Math.round(Math.pow(10, position));
    }

    private void layoutRuns() {
        panels.clear();
        runGrid.getChildren().clear();
        runGrid.getColumnConstraints().clear();
        runGrid.getRowConstraints().clear();
        int count = model.runs().size();
        area.setRunCount(count);
        int columns = count <= 1 ? 1 : 2;
        int rows = (count + columns - 1) / Math.max(1, columns);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            runGrid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            runGrid.getRowConstraints().add(row);
        }
        for (int i = 0; i < count; i++) {
            LabRunPanel panel = new LabRunPanel(model.runs().get(i), model, dark, layer -> model.layer(layer).get());
            panels.add(panel);
            runGrid.add(panel, i % columns, i / columns);
        }
        rebuildChart();
    }

    private void rebuildChart() {
        List<String> names = new ArrayList<>();
        model.runs().forEach(run -> names.add(run.title()));
        String metric = chartMetric.getValue();
        chart = new TrainingChart(dark, I18n.get("lab.chart." + metric), I18n.get("lab.chart." + metric + ".tooltip"),
                I18n.get(Y_TITLES.get(metric)), names,
                names.stream().map(name -> I18n.format("lab.chart.series.tooltip", name)).toList());
        chart.setId("lab-chart");
        chart.setScale(SCALES.getOrDefault(metric, Scale.FIT));
        chart.smoothingProperty().bind(appearance.chartSmoothingProperty());
        chartHolder.setCenter(new ChartCard(chart, "lab-" + metric));
        for (int i = 0; i < model.runs().size(); i++) {
            add(i, model.runs().get(i).history(), model.runs().get(i).metricNames());
        }
        chart.flush();
        markFalls();
    }

    /** Marks every fall of the modes captured on the chart, in the colour of its run. */
    private void markFalls() {
        List<TrainingChart.Mark> marks = new ArrayList<>();
        for (int i = 0; i < model.runs().size(); i++) {
            LabRunViewModel run = model.runs().get(i);
            for (CollapseDetector.Notice fall : run.falls()) {
                marks.add(new TrainingChart.Mark(fall.step(), i, I18n.format("lab.chart.fall", run.title(),
                        fall.from(), fall.to(), NumberFormat.getIntegerInstance(I18n.locale()).format(fall.step()))));
            }
        }
        chart.setMarks(marks);
    }

    private void add(int series, List<MetricPoint> points, List<String> names) {
        int column = names.indexOf(chartMetric.getValue());
        if (column < 0) {
            return;
        }
        for (MetricPoint point : points) {
            double value = point.values()[column];
            if (!Double.isNaN(value)) {
                chart.add(series, point.step(), value);
            }
        }
    }

    private void pumpFrame() {
        List<List<MetricPoint>> fresh = model.pump();
        for (int i = 0; i < fresh.size() && chart != null; i++) {
            if (!fresh.get(i).isEmpty()) {
                add(i, fresh.get(i), model.runs().get(i).metricNames());
            }
        }
        if (chart != null) {
            markFalls();
        }
        showNumbers();
    }

    /** The runs side by side fill the screen, with each run's modes captured in large type above them. */
    @Override
    public Optional<Presentation> presentation() {
        return Optional.of(new Presentation() {
            @Override
            public Node enter() {
                return area.lendRuns();
            }

            @Override
            public void leave() {
                area.takeBackRuns();
            }

            @Override
            public ObservableValue<String> numbers() {
                return presentedNumbers;
            }
        });
    }

    private void showNumbers() {
        List<String> parts = new ArrayList<>();
        for (LabRunViewModel run : model.runs()) {
            ToyFrame frame = run.frameProperty().get();
            if (frame != null) {
                parts.add(I18n.format("presentation.lab.run", run.title(), frame.coverage().modesCaptured(),
                        frame.coverage().modes()));
            }
        }
        presentedNumbers.set(String.join("   ·   ", parts));
    }

    @Override
    public Optional<TrainingControls> trainingControls() {
        return Optional.of(model);
    }

    /** The selected run's real and generated samples, as its canvas shows them now. */
    @Override
    public Optional<Preview> samples() {
        LabRunViewModel run = model.selectedProperty().get();
        ToyFrame frame = run == null ? null : run.frameProperty().get();
        if (frame == null) {
            return Optional.empty();
        }
        return Optional.of(frame.dimensions() == 2 ? new PointCloud(frame.real(), frame.fake())
                : new ScalarSamples(frame.real(), frame.fake()));
    }

    /** Stops the frame pump (the shell stops the runs' engine threads). */
    @Override
    public boolean stop() {
        pump.stop();
        return true;
    }

    /** What {@code preset} does and why it works (or fails), in a paragraph. */
    public static String about(LabPreset preset) {
        return I18n.get("lab.preset." + preset.cliName() + ".about");
    }

    /** What {@code preset} changes from the baseline, setting by setting. */
    private static String changes(LabPreset preset) {
        if (preset == LabPreset.COLLAPSE) {
            return I18n.get("lab.changed.none");
        }
        return I18n.format("lab.changed", String.join(", ", preset.changes().stream()
                .map(c -> settingName(c.key()) + " " + c.before() + " → " + c.after()).toList()));
    }

    private static String settingName(String key) {
        return switch (key) {
            case "data" -> I18n.get("lab.setting.data");
            case "model" -> I18n.get("gan.model");
            case "loss" -> I18n.get("gan.loss");
            case "minibatch-std" -> I18n.get("gan.minibatchStd");
            default -> I18n.get("param." + key);
        };
    }
}
