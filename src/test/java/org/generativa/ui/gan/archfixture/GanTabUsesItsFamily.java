package org.generativa.ui.gan.archfixture;

import org.generativa.gan.GanFamily;

/** Allowed, never run: the window uses a model family. */
public final class GanTabUsesItsFamily {

    String id() {
        return GanFamily.INSTANCE.id();
    }
}
