package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/** The weight of a network's first layer, the one that looks at the input itself. */
public final class FirstWeight {

    private FirstWeight() {}

    /** Units x inputs for a dense layer, filters x channels x height x width for a convolution. */
    public static NDArray of(Block network) {
        return network.getParameters().stream().filter(p -> p.getValue().getType() == Parameter.Type.WEIGHT).findFirst()
                .orElseThrow(() -> new IllegalStateException("The network has no weights.")).getValue().getArray();
    }
}
