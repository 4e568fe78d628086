package org.generativa.ui.widgets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.ProblemAlert;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A training chart with its heading and key above it and a menu (the button beside the key, or a right click on the
 * chart) to switch the log scale and to export the chart as a picture or its values as CSV.
 */
public final class ChartCard extends VBox {

    private final TrainingChart chart;
    private final String fileStem;
    private final MenuButton menuButton = new MenuButton();

    /** @param fileStem the name suggested for exported files, without extension */
    public ChartCard(TrainingChart chart, String fileStem) {
        this.chart = chart;
        this.fileStem = fileStem;
        getStyleClass().add("chart-card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        menuButton.setGraphic(new FontIcon("mdi2d-dots-vertical"));
        menuButton.getStyleClass().addAll("flat", "chart-menu");
        menuButton.setTooltip(Tips.of("chart.menu.tooltip"));
        menuButton.getItems().setAll(items());
        ContextMenu context = new ContextMenu();
        context.getItems().setAll(items());
        chart.setOnContextMenuRequested(e -> context.show(chart, e.getScreenX(), e.getScreenY()));
        BorderPane top = new BorderPane(chart.legend());
        top.setRight(menuButton);
        BorderPane.setAlignment(chart.legend(), Pos.CENTER_LEFT);
        BorderPane.setAlignment(menuButton, Pos.TOP_RIGHT);
        getChildren().addAll(top, chart);
    }

    public TrainingChart chart() {
        return chart;
    }

    private List<MenuItem> items() {
        CheckMenuItem log = new CheckMenuItem(I18n.get("chart.log"));
        log.selectedProperty().bindBidirectional(chart.logScaleProperty());
        MenuItem png = new MenuItem(I18n.get("chart.export.png"));
        png.setOnAction(e -> ExportChooser.save(this, fileStem + ".png", "png", this::writePng, this::refuse));
        MenuItem csv = new MenuItem(I18n.get("chart.export.csv"));
        csv.setOnAction(e -> ExportChooser.save(this, fileStem + ".csv", "csv", this::writeCsv, this::refuse));
        return new ArrayList<>(List.of(log, new SeparatorMenuItem(), png, csv));
    }

    /** The chart's values as CSV. */
    public String csv() {
        List<String> names = new ArrayList<>();
        List<ChartSeries.Raw> raws = new ArrayList<>();
        for (int i = 0; i < chart.seriesCount(); i++) {
            names.add(chart.seriesName(i));
            raws.add(chart.raw(i));
        }
        return ChartCsv.of(names, raws);
    }

    /** The card as it looks now, heading and key included, without its menu button. */
    public WritableImage picture() {
        menuButton.setVisible(false);
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(chart.background());
            return snapshot(parameters, null);
        } finally {
            menuButton.setVisible(true);
        }
    }

    void writePng(Path file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(picture(), null), "png", file.toFile());
    }

    void writeCsv(Path file) throws IOException {
        Files.writeString(file, csv(), StandardCharsets.UTF_8);
    }

    private void refuse(String sentence) {
        ProblemAlert.show(getScene().getWindow(), sentence);
    }
}
