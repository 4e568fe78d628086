package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * A dense encoder's codes for a batch, with each layer's weight W_k (units x inputs) and activation slopes D_k
 * (one row per example), from which the Jacobian of code with respect to input is {@code D_L W_L ... D_1 W_1}.
 */
public record EncoderPass(NDArray code, List<NDArray> weights, List<NDArray> slopes) {}
