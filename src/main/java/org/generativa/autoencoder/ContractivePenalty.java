package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * The contractive autoencoder's penalty: the squared Frobenius norm of the whole encoder's Jacobian
 * {@code J = dh/dx = D_L W_L ... D_1 W_1} at each example, exactly, averaged over the batch (D_k holds layer k's
 * activation slopes). Each row's {@code B = D_L W_L ... W_2 D_1} is built from the code end, and
 * {@code ||B W_1||_F^2 = sum(B (W_1 W_1^T) o B)} avoids forming J itself. With no hidden layer this is
 * Rifai et al.'s {@code sum_j (h_j (1 - h_j))^2 sum_i W_ji^2} for a sigmoid code.
 */
public final class ContractivePenalty {

    private ContractivePenalty() {}

    /** The mean of ||J||_F^2 over the batch, differentiable in the weights (through W and D). */
    public static NDArray of(EncoderPass pass) {
        List<NDArray> weights = pass.weights();
        List<NDArray> slopes = pass.slopes();
        int layers = weights.size();
        NDArray last = slopes.get(layers - 1);
        NDManager manager = last.getManager();
        NDArray b;
        if (layers == 1) {
            b = last.expandDims(2).mul(manager.eye((int) last.getShape().get(1)));
        } else {
            b = last.expandDims(2).mul(weights.get(layers - 1));
            for (int k = layers - 2; k >= 1; k--) {
                b = b.mul(slopes.get(k).expandDims(1)).matMul(weights.get(k));
            }
            b = b.mul(slopes.get(0).expandDims(1));
        }
        // An op on a parameter lands on the parameter's long-lived manager, so the first one is moved to the batch's.
        NDArray firstTransposed = weights.get(0).transpose();
        firstTransposed.attach(manager);
        NDArray gram = firstTransposed.transpose().matMul(firstTransposed);
        return b.matMul(gram).mul(b).sum(new int[] {1, 2}).mean();
    }
}
