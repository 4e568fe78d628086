package org.generativa.bench;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import java.util.List;

/**
 * Analytic operation counts. A network's forward pass costs the multiply-adds of its dense layers
 * ({@code rows x inputs x units}) and convolutions ({@code output values x input channels / groups x kernel
 * area}); activations, normalisation and reshapes are counted as free.
 *
 * <p>A training step is a sum over its passes, a network run on a batch, each costing a multiple of the
 * network's forward multiply-adds F: {@link #forward} F; {@link #throughFrozen} 2F (forward and the input
 * gradient, weights frozen); {@link #trained} 3F (forward, input gradient and weight gradient, each about one
 * forward), less the first layer's input gradient when the input needs none (data, noise); {@link #penalty} 6F
 * (a gradient penalty's pass: forward, the input gradient kept as a graph, and the backward pass through both).
 * One multiply-add is two floating-point operations: {@code FLOPs per step = 2 x sum of the passes}.
 */
public final class FlopCount {

    /** Forward multiply-adds of a network on a batch, and those of its first dense or convolution layer. */
    public record Cost(long multiplyAdds, long firstLayer) {}

    private record Walk(long multiplyAdds, long firstLayer, Shape[] outputs) {}

    private FlopCount() {}

    /** The forward cost of an initialised {@code block} on an input of {@code input} (batch first). */
    public static Cost cost(Block block, Shape input) {
        Walk w = walk(block, new Shape[] {input});
        return new Cost(w.multiplyAdds(), w.firstLayer());
    }

    public static long forward(Cost c) {
        return c.multiplyAdds();
    }

    public static long throughFrozen(Cost c) {
        return 2 * c.multiplyAdds();
    }

    /** @param inputGradient whether the network's input needs a gradient (it does when it comes from a trained network) */
    public static long trained(Cost c, boolean inputGradient) {
        return 3 * c.multiplyAdds() - (inputGradient ? 0 : c.firstLayer());
    }

    public static long penalty(Cost c) {
        return 6 * c.multiplyAdds();
    }

    /** Floating-point operations of a step whose passes cost {@code multiplyAdds}. */
    public static long flops(List<Long> multiplyAdds) {
        long sum = 0;
        for (long m : multiplyAdds) {
            sum += m;
        }
        return 2 * sum;
    }

    private static Walk walk(Block block, Shape[] inputs) {
        if (block instanceof SequentialBlock sequence) {
            long total = 0;
            long first = 0;
            Shape[] current = inputs;
            for (Pair<String, Block> child : sequence.getChildren()) {
                Walk w = walk(child.getValue(), current);
                if (total == 0) {
                    first = w.firstLayer();
                }
                total += w.multiplyAdds();
                current = w.outputs();
            }
            return new Walk(total, first, current);
        }
        Shape[] outputs = block.getOutputShapes(inputs);
        long cost = 0;
        if (block instanceof Linear) {
            Shape in = inputs[0];
            long features = in.get(in.dimension() - 1);
            long units = outputs[0].get(outputs[0].dimension() - 1);
            cost = in.size() / features * features * units;
        } else if (block instanceof Convolution conv) {
            long inChannels = inputs[0].get(1);
            cost = outputs[0].size() * (inChannels / conv.getGroups()) * conv.getKernelShape().size();
        } else if (!block.getChildren().isEmpty()) {
            throw new IllegalArgumentException("Cannot count the operations of a " + block.getClass().getSimpleName());
        }
        return new Walk(cost, cost, outputs);
    }
}
