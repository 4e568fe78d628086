package org.generativa.ui.latent;

import java.io.File;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import org.generativa.models.BundledModel;
import org.generativa.models.BundledModels;
import org.generativa.preview.Preview;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.widgets.LookForPanel;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The latent explorer: pick a model (what a family tab is training, or a saved run), then perturb its
 * code with sliders, sweep a traversal grid, interpolate, do latent arithmetic, look at a 2-D map or
 * draw something for it to encode.
 */
public final class LatentTab extends Tab implements WorkspaceTab {

    private static final Duration TICK = Duration.millis(250);

    private final LatentTabViewModel model;
    private final TabPane sections = new TabPane();
    private final Tab traversalSection;
    private final Tab interpolationSection;
    private final Tab arithmeticSection;
    private final Tab mapSection;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));

    public LatentTab(LatentTabViewModel model, Appearance appearance) {
        super(I18n.get("tab.latent"));
        setTooltip(Tips.of("tab.latent.tooltip"));
        BooleanProperty dark = appearance.darkProperty();
        this.model = model;
        setId("latent-tab");
        setClosable(false);
        ItemPicker picker = new ItemPicker(model);

        ComboBox<LatentSource> source = new ComboBox<>(model.sources());
        source.setId("latent-source");
        source.setTooltip(Tips.of("tooltip.latent-source"));
        source.setMinWidth(Region.USE_PREF_SIZE);
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.valueProperty().addListener((o, a, b) -> model.explore(b));
        Button open = new Button(I18n.get("latent.openCheckpoint"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("latent-open-checkpoint");
        open.setTooltip(Tips.of("tooltip.latent-open-checkpoint"));
        open.setOnAction(e -> openCheckpoint());
        MenuButton bundled = new MenuButton(I18n.get("latent.bundled"), new FontIcon("mdi2p-package-variant-closed"));
        bundled.setId("latent-bundled");
        bundled.setTooltip(Tips.of("tooltip.latent-bundled"));
        for (BundledModel pretrained : BundledModels.list()) {
            String name = shownName(pretrained);
            MenuItem item = new MenuItem(name);
            item.setOnAction(e -> model.openCheckpoint(pretrained.directory(),
                    () -> I18n.format("latent.source.pretrained", name)));
            bundled.getItems().add(item);
        }
        bundled.setDisable(bundled.getItems().isEmpty());
        Label info = new Label();
        info.setId("latent-info");
        info.getStyleClass().add("hint");
        info.setWrapText(true);
        info.setMinHeight(Region.USE_PREF_SIZE);
        model.infoProperty().subscribe(b -> info.setText(describe(b)));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty().isNotNull());
        Label busyText = new Label();
        busyText.textProperty().bind(model.busyProperty());
        FlowPane bar = new FlowPane(10, 6, UiControls.title(I18n.get("latent.source")), source, bundled, open, busy, busyText);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("latent-problem");
        problem.getStyleClass().add("refusal");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(6, bar, info, problem, LookForPanel.of("look.latent", appearance.preferences()));
        top.setPadding(new Insets(10, 12, 4, 12));

        Tab perturb = section("latent.section.perturb", "section-perturb", new LatentSlidersView(model, picker));
        traversalSection = section("latent.section.traversal", "section-traversal",
                new TraversalView(model.traversal(), model));
        interpolationSection = section("latent.section.interpolation", "section-interpolation",
                new InterpolationView(model.interpolation(), model, picker));
        arithmeticSection = section("latent.section.arithmetic", "section-arithmetic",
                new ArithmeticView(model.arithmetic(), model, picker));
        // Taller than a small window: it keeps its height and scrolls rather than being squeezed.
        ((ScrollPane) arithmeticSection.getContent()).setFitToHeight(false);
        mapSection = section("latent.section.map", "section-map", new LatentMapView(model.map(), dark));
        Tab draw = section("latent.section.draw", "section-draw",
                new DrawPadView(model.drawPad(), model.map(), model, dark));
        sections.getTabs().setAll(perturb, traversalSection, interpolationSection, arithmeticSection, mapSection, draw);
        sections.setId("latent-sections");
        sections.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fillShownSection());
        model.infoProperty().subscribe(b -> {
            if (b != null) {
                fillShownSection();
            }
        });

        sections.getStyleClass().add("latent-sections");
        BorderPane content = new BorderPane(sections, top, null, null, null);
        content.getStyleClass().add("latent-content");
        setContent(UiControls.scrollingWhenSmall(content));
        ticker.setCycleCount(Timeline.INDEFINITE);
        selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    /** The section in front fills the screen, with the model explored named above it. */
    @Override
    public Optional<Presentation> presentation() {
        Tab shown = sections.getSelectionModel().getSelectedItem();
        return Optional.of(new Presentation() {
            private Node content;

            @Override
            public Node enter() {
                content = shown.getContent();
                shown.setContent(null);
                return content;
            }

            @Override
            public void leave() {
                shown.setContent(content);
            }

            @Override
            public ObservableValue<String> numbers() {
                return model.sourceProperty().map(source -> source == null ? "" : source.toString());
            }
        });
    }

    /** A shipped model's name in the chosen language where the bundles have it, else as its folder gives it. */
    static String shownName(BundledModel model) {
        return I18n.getOr("bundled." + model.id(), model.name());
    }

    private static Tab section(String key, String id, Node content) {
        content.getStyleClass().add("latent-section");
        Tab tab = new Tab(I18n.get(key), UiControls.scrollingWhenSmall(content));
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static String describe(LatentInfo info) {
        if (info == null) {
            return "";
        }
        return I18n.format(info.hasEncoder() ? "latent.info.encoder" : "latent.info.generator", info.datasetName(),
                info.latentSize());
    }

    /** A section that shows nothing yet draws itself the first time it is looked at. */
    private void fillShownSection() {
        if (model.infoProperty().get() == null) {
            return;
        }
        Tab shown = sections.getSelectionModel().getSelectedItem();
        if (shown == traversalSection && model.traversal().gridProperty().get() == null) {
            model.traversal().compute();
        } else if (shown == interpolationSection) {
            model.interpolation().prefill();
        } else if (shown == arithmeticSection) {
            model.arithmetic().prefill();
        } else if (shown == mapSection && model.map().mapProperty().get() == null) {
            model.map().compute();
        }
    }

    private void tick() {
        model.tick();
    }

    private void openCheckpoint() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.get("latent.openCheckpoint.title"));
        File dir = chooser.showDialog(getTabPane().getScene().getWindow());
        if (dir != null) {
            model.openCheckpoint(dir.toPath());
        }
    }

    public LatentTabViewModel model() {
        return model;
    }

    /** The decoded picture of the sliders' code. */
    @Override
    public Optional<Preview> samples() {
        return Optional.ofNullable(model.decodedProperty().get());
    }

    /** Stops the explorer's timer (the shell closes the view model's checkpoint). */
    @Override
    public boolean stop() {
        ticker.stop();
        return true;
    }
}
