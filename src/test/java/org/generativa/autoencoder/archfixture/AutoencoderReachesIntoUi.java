package org.generativa.autoencoder.archfixture;

import org.generativa.ui.common.I18n;

/** Deliberately wrong, never run: a model family that uses the window's texts. */
public final class AutoencoderReachesIntoUi {

    String title() {
        return I18n.get("app.title");
    }
}
