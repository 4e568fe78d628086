package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer whose whole state (update counts and per-parameter slot arrays such as Adam's moments)
 * lives here, so it can be copied out and put back exactly. DJL's own optimizers keep theirs private.
 */
public abstract class RestorableOptimizer extends Optimizer {

    /** A copy of an optimizer's state; its arrays belong to the manager given to {@link #saveState}. */
    public record State(Map<String, Integer> counts, int numUpdate, Map<String, NDArray> slots) {}

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, NDArray> slots = new LinkedHashMap<>();
    private int numUpdate;

    protected RestorableOptimizer(OptimizerBuilder<?> builder) {
        super(builder);
    }

    /** DJL's rule: a parameter's own count is bumped, and the largest count so far is the step t. */
    @Override
    protected int updateCount(String parameterId) {
        int count = counts.merge(parameterId, 1, Integer::sum);
        numUpdate = Math.max(numUpdate, count);
        return numUpdate;
    }

    /** The named state array of a parameter, zeros like its weight on first use. */
    protected NDArray slot(String name, String parameterId, NDArray weight) {
        return slots.computeIfAbsent(name + "/" + parameterId, k -> weight.zerosLike());
    }

    public State saveState(NDManager manager) {
        Map<String, NDArray> copies = new LinkedHashMap<>();
        slots.forEach((key, value) -> {
            NDArray copy = value.duplicate();
            copy.attach(manager);
            copies.put(key, copy);
        });
        return new State(Map.copyOf(counts), numUpdate, copies);
    }

    /** Replaces the whole state by {@code state}, taking its arrays as they are (as read from a file). */
    public void replaceState(State state) {
        slots.values().forEach(NDArray::close);
        slots.clear();
        slots.putAll(state.slots());
        counts.clear();
        counts.putAll(state.counts());
        numUpdate = state.numUpdate();
    }

    /** Puts back exactly what {@link #saveState} copied; slots created since are dropped. */
    public void restoreState(State state) {
        counts.clear();
        counts.putAll(state.counts());
        numUpdate = state.numUpdate();
        for (var iterator = slots.entrySet().iterator(); iterator.hasNext(); ) {
            var entry = iterator.next();
            NDArray saved = state.slots().get(entry.getKey());
            NDArray current = entry.getValue();
            if (saved == null) {
                current.close();
                iterator.remove();
            } else {
                NDArray copy = saved.duplicate();
                copy.attach(current.getManager());
                current.close();
                entry.setValue(copy);
            }
        }
    }
}
