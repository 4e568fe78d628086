package org.generativa.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Arrays;
import org.generativa.nn.ParameterGroup;

/**
 * WGAN-GP's penalty mean((||grad_x D(x_hat)||_2 - 1)^2) on random interpolates x_hat between real and
 * fake examples. The gradient with respect to x_hat must itself be differentiable (a gradient of a
 * gradient), which DJL's GradientCollector does not offer, so the first backward pass goes through
 * JniUtils with create_graph. The critic's own parameters must not collect gradients in that pass:
 * they would be wrong (d/dtheta of sum D(x_hat)) and, carrying a graph, would keep each step's
 * graph alive through a parameter-gradient reference cycle.
 */
final class GradientPenalty {

    private GradientPenalty() {}

    /** Call inside an open gradient collector; the result is part of the critic's loss. */
    static NDArray of(GanNetworks nets, NDArray real, NDArray fake, NDArray condition) {
        long n = real.getShape().get(0);
        long[] epsilonShape = new long[real.getShape().dimension()];
        Arrays.fill(epsilonShape, 1);
        epsilonShape[0] = n;
        NDArray epsilon = real.getManager().randomUniform(0, 1, new Shape(epsilonShape));
        return atPoints(nets, real.mul(epsilon).add(fake.mul(epsilon.neg().add(1))), condition);
    }

    /** The penalty at given points (detached copies of them are differentiated). */
    static NDArray atPoints(GanNetworks nets, NDArray points, NDArray condition) {
        long n = points.getShape().get(0);
        NDArray interpolates = points.stopGradient();
        interpolates.setRequiresGradient(true);
        NDArray outputs = nets.discriminate(interpolates, condition, true);
        ParameterGroup critic = nets.discriminatorParameters();
        critic.freeze();
        try {
            JniUtils.backward((PtNDArray) outputs.sum(), (PtNDArray) outputs.getManager().ones(new Shape()), true, true);
        } finally {
            critic.unfreeze();
        }
        NDArray gradient = interpolates.getGradient();
        NDArray norms = gradient.reshape(n, -1).square().sum(new int[] {1}).add(1e-12f).sqrt();
        return norms.sub(1).square().mean();
    }
}
