package org.generativa.data.archfixture;

import ai.djl.ndarray.NDManager;

/** Deliberately wrong, never run: a dataset that needs the engine. */
public final class DataReachesIntoEngine {

    NDManager manager() {
        return NDManager.newBaseManager();
    }
}
