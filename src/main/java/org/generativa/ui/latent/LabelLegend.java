package org.generativa.ui.latent;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.generativa.latent.LatentMap;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.Tips;

/** The key to a latent map's colours: one dot and name per class (grey points: prior samples, no class). */
final class LabelLegend extends FlowPane {

    LabelLegend() {
        super(12, 4);
        getStyleClass().add("label-legend");
    }

    void show(LatentMap map) {
        getChildren().clear();
        if (map == null) {
            return;
        }
        if (map.labelNames().isEmpty()) {
            Label prior = new Label(I18n.get("latent.legend.prior"), new Circle(6, LatentScatter.colour(-1)));
            prior.setTooltip(Tips.of("latent.legend.tooltip"));
            getChildren().add(prior);
            return;
        }
        for (int label = 0; label < map.labelNames().size(); label++) {
            Label entry = new Label(map.labelNames().get(label), new Circle(6, LatentScatter.colour(label)));
            entry.setTooltip(Tips.of("latent.legend.tooltip"));
            getChildren().add(entry);
        }
    }
}
