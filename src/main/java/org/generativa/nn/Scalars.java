package org.generativa.nn;

import ai.djl.ndarray.NDArray;

/**
 * Numbers to multiply or divide by inside a recorded graph. DJL's {@code mul(Number)} and
 * {@code div(Number)} wrap the number in a tensor that shares memory with a direct buffer, and close that
 * tensor at once; autograd has saved it for the backward pass, and once the garbage collector frees the
 * buffer the backward pass reads freed memory: sporadic wrong gradients and NaN that depend on timing.
 * A scalar made here stays attached to its operand's manager, so its buffer lives until that (per-step)
 * manager closes.
 */
public final class Scalars {

    private Scalars() {}

    /** A float scalar on {@code operand}'s manager. */
    public static NDArray like(NDArray operand, double value) {
        return operand.getManager().create((float) value);
    }

    /** {@code operand * value}, safe to differentiate. */
    public static NDArray times(NDArray operand, double value) {
        return operand.mul(like(operand, value));
    }
}
