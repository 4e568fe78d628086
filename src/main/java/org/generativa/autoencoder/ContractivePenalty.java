package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;

/**
 * The squared Frobenius norm of the Jacobian of a sigmoid layer {@code h = sigmoid(W x + b)} with respect
 * to its input, exactly: {@code dh_j/dx_i = h_j (1 - h_j) W_ji}, so
 * {@code ||J||_F^2 = sum_j (h_j (1 - h_j))^2 sum_i W_ji^2}; averaged over the batch.
 */
public final class ContractivePenalty {

    private ContractivePenalty() {}

    /**
     * @param h the layer's outputs, one example per row
     * @param weight W, one row per output unit (DJL's layout: units x inputs)
     */
    public static NDArray ofSigmoidLayer(NDArray h, NDArray weight) {
        NDArray slope = h.mul(h.neg().add(1));
        NDArray squares = weight.square();
        squares.attach(h.getManager()); // an op on a parameter lands on the parameter's long-lived manager
        NDArray rowNorms = squares.sum(new int[] {1});
        return slope.square().mul(rowNorms).sum(new int[] {1}).mean();
    }
}
