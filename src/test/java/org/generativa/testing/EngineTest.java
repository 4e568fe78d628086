package org.generativa.testing;

import ai.djl.ndarray.NDManager;
import org.generativa.nn.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests that need the engine: one root manager per class, a fresh sub-manager per test. */
public abstract class EngineTest {

    protected static NDManager root;
    protected NDManager m;

    @BeforeAll
    static void loadEngine() {
        root = Backend.load(1).newBaseManager();
    }

    @AfterAll
    static void closeEngine() {
        root.close();
    }

    @BeforeEach
    void openManager() {
        m = root.newSubManager();
    }

    @AfterEach
    void closeManager() {
        m.close();
    }
}
