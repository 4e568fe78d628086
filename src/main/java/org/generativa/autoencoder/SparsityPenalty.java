package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Scalars;

/**
 * Activity penalties on a batch of code activities (one example per row): how far each unit is from its off level,
 * see {@link #activity}.
 */
public final class SparsityPenalty {

    /** Keeps log(rho_hat) and log(1 - rho_hat) finite when a unit is always off or always on. */
    private static final float CLAMP = 1e-6f;

    private SparsityPenalty() {}

    /**
     * How active each unit of {@code code} is: its distance above the activation's off level, divided by the distance
     * from off to 1 for bounded activations, so that a sigmoid or tanh unit's activity lies in [0, 1].
     */
    public static NDArray activity(NDArray code, LayerActivation activation) {
        double off = activation.offLevel();
        NDArray above = off == 0 ? code : code.sub((float) off);
        return activation.bounded() && off != 0 ? Scalars.times(above, 1 / (1 - off)) : above;
    }

    /** Each unit's mean activation over the batch, rho_hat_j. */
    public static NDArray meanActivation(NDArray h) {
        return h.mean(new int[] {0});
    }

    /** Sum of |h_j| over units, mean over the batch. */
    public static NDArray l1(NDArray h) {
        return ReconstructionLoss.perExample(h.abs());
    }

    /**
     * {@code sum_j [rho log(rho / rho_hat_j) + (1 - rho) log((1 - rho) / (1 - rho_hat_j))]}: the KL divergence
     * of a Bernoulli(rho_hat_j) unit from the target Bernoulli(rho), summed over units.
     */
    public static NDArray kl(NDArray rhoHat, double rho) {
        NDArray p = rhoHat.clip(CLAMP, 1 - CLAMP);
        NDArray on = Scalars.times(p.log().neg().add((float) Math.log(rho)), rho);
        NDArray off = Scalars.times(p.neg().add(1).log().neg().add((float) Math.log(1 - rho)), 1 - rho);
        return on.add(off).sum();
    }

    /** The penalty of {@code kind} for activations {@code h}. */
    public static NDArray of(SparsityKind kind, NDArray h, double rho) {
        return kind == SparsityKind.L1 ? l1(h) : kl(meanActivation(h), rho);
    }
}
