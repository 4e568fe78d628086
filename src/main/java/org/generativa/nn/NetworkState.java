package org.generativa.nn;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of networks' weights (batch-norm statistics included) and their optimizers' states, kept in memory to go back
 * to: after a step that diverged, training resumes from here instead of from NaN.
 */
public final class NetworkState implements AutoCloseable {

    private final NDManager manager;
    private final List<ParameterGroup> groups;
    private final List<ParameterGroup.Snapshot> copies = new ArrayList<>();

    private NetworkState(NDManager manager, List<ParameterGroup> groups) {
        this.manager = manager;
        this.groups = List.copyOf(groups);
    }

    /** Copies {@code groups} now; the copies live in a manager of their own under {@code parent} until closed. */
    public static NetworkState of(NDManager parent, List<ParameterGroup> groups) {
        NetworkState state = new NetworkState(parent.newSubManager(), groups);
        for (ParameterGroup group : groups) {
            state.copies.add(group.snapshot(state.manager));
        }
        return state;
    }

    /** Puts the copied weights and optimizer states back, bit for bit. */
    public void restore() {
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).restore(copies.get(i));
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
