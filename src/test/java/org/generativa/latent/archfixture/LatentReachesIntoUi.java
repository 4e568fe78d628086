package org.generativa.latent.archfixture;

import org.generativa.ui.common.I18n;

/** Deliberately wrong, never run: a latent-space tool that uses the window's texts. */
public final class LatentReachesIntoUi {

    String title() {
        return I18n.get("tab.latent");
    }
}
