package org.generativa.archfixture.cycle.b;

import org.generativa.archfixture.cycle.a.First;

/** Deliberately wrong, never run: the other half of a package cycle. */
public final class Second {

    First back() {
        return null;
    }
}
