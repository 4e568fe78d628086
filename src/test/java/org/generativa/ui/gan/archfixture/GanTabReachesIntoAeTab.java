package org.generativa.ui.gan.archfixture;

import org.generativa.ui.ae.AeTab;

/** Deliberately wrong, never run: the GAN tab's room building the autoencoder tab. */
public final class GanTabReachesIntoAeTab {

    Object other() {
        return AeTab.KIND.tab();
    }
}
