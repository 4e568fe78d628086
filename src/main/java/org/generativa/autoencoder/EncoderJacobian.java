package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import java.util.function.UnaryOperator;

/**
 * An estimate of the mean squared Frobenius norm of an encoder's Jacobian at a batch of inputs, for any
 * encoder: {@code E ||J v||^2 = ||J||_F^2} for v ~ N(0, I), with J v from central differences along v.
 */
public final class EncoderJacobian {

    /** Length of each difference step along a direction, over the whole input (not per value). */
    private static final double STEP_LENGTH = 1e-2;

    private EncoderJacobian() {}

    /**
     * @param encoder items (one per row) to codes, without recording gradients
     * @param probes random directions per example
     */
    public static double frobeniusSquared(UnaryOperator<NDArray> encoder, NDArray x, NoiseSource noise, int probes) {
        double step = STEP_LENGTH / Math.sqrt(x.getShape().get(1));
        double sum = 0;
        for (int p = 0; p < probes; p++) {
            NDArray v = noise.normal(x.getShape()).mul((float) step);
            NDArray jv = encoder.apply(x.add(v)).sub(encoder.apply(x.sub(v))).div((float) (2 * step));
            sum += jv.square().sum(new int[] {1}).mean().getFloat();
        }
        return sum / probes;
    }
}
