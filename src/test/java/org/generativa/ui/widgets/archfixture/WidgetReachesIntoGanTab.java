package org.generativa.ui.widgets.archfixture;

import org.generativa.ui.gan.GanTab;

/** Deliberately wrong, never run: a reusable widget that knows the GAN tab. */
public final class WidgetReachesIntoGanTab {

    Object kind() {
        return GanTab.KIND;
    }
}
