package org.generativa.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.Tips;

/** The key to the heat map's colours: from D says fake, through undecided, to D says real. */
final class HeatLegend extends HBox {

    private final Rectangle strip = new Rectangle(90, 12);

    HeatLegend(BooleanProperty dark) {
        super(6);
        setId("lab-heat-legend");
        setAlignment(Pos.CENTER_LEFT);
        Label says = new Label(I18n.get("lab.legend.heat"));
        Label fake = new Label(I18n.get("lab.legend.fake"));
        Label real = new Label(I18n.get("lab.legend.real"));
        for (Label label : new Label[] {says, fake, real}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setTooltip(Tips.of("lab.legend.tooltip"));
        }
        strip.setArcWidth(4);
        strip.setArcHeight(4);
        strip.heightProperty().bind(fake.heightProperty().multiply(0.7));
        strip.widthProperty().bind(fake.heightProperty().multiply(5));
        Tooltip.install(strip, Tips.of("lab.legend.tooltip"));
        getChildren().addAll(says, fake, strip, real);
        dark.subscribe(b -> paint(b));
    }

    private void paint(boolean dark) {
        Color[] colours = ToyCanvas.heatColours(dark);
        strip.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, colours[0]), new Stop(0.5, colours[1]), new Stop(1, colours[2])));
        strip.setStroke(dark ? Color.web("#484f58") : Color.web("#d0d7de"));
    }
}
