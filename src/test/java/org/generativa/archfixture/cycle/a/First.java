package org.generativa.archfixture.cycle.a;

import org.generativa.archfixture.cycle.b.Second;

/** Deliberately wrong, never run: one half of a package cycle. */
public final class First {

    Second next() {
        return new Second();
    }
}
