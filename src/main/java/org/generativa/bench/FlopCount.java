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
 * <p>A training step is a list of passes, each a network run on a batch and weighted by what the step does
 * with it: {@link #FORWARD} (1: forward only), {@link #THROUGH_FROZEN} (2: forward and the input gradient,
 * weights frozen), {@link #TRAINED} (3: forward, input gradient and weight gradient, each about one forward)
 * and {@link #PENALTY} (6: a gradient penalty's pass: forward, the input gradient kept as a graph, and the
 * backward pass through both). One multiply-add is two floating-point operations, so
 * {@code FLOPs per step = 2 x sum over passes of weight x multiply-adds}.
 */
public final class FlopCount {

    public static final int FORWARD = 1;
    public static final int THROUGH_FROZEN = 2;
    public static final int TRAINED = 3;
    public static final int PENALTY = 6;

    /** One network run of a training step. */
    public record Pass(long multiplyAdds, int weight) {}

    private record Walk(long multiplyAdds, Shape[] outputs) {}

    private FlopCount() {}

    /** Multiply-adds of one forward pass of an initialised {@code block} on an input of {@code input} (batch first). */
    public static long multiplyAdds(Block block, Shape input) {
        return walk(block, new Shape[] {input}).multiplyAdds();
    }

    /** Floating-point operations of a training step made of {@code passes}. */
    public static long flops(List<Pass> passes) {
        long sum = 0;
        for (Pass pass : passes) {
            sum += pass.multiplyAdds() * pass.weight();
        }
        return 2 * sum;
    }

    private static Walk walk(Block block, Shape[] inputs) {
        if (block instanceof SequentialBlock sequence) {
            long total = 0;
            Shape[] current = inputs;
            for (Pair<String, Block> child : sequence.getChildren()) {
                Walk w = walk(child.getValue(), current);
                total += w.multiplyAdds();
                current = w.outputs();
            }
            return new Walk(total, current);
        }
        Shape[] outputs = block.getOutputShapes(inputs);
        if (block instanceof Linear) {
            Shape in = inputs[0];
            long features = in.get(in.dimension() - 1);
            long units = outputs[0].get(outputs[0].dimension() - 1);
            return new Walk(in.size() / features * features * units, outputs);
        }
        if (block instanceof Convolution conv) {
            long inChannels = inputs[0].get(1);
            return new Walk(outputs[0].size() * (inChannels / conv.getGroups()) * conv.getKernelShape().size(), outputs);
        }
        if (!block.getChildren().isEmpty()) {
            throw new IllegalArgumentException("Cannot count the operations of a " + block.getClass().getSimpleName());
        }
        return new Walk(0, outputs);
    }
}
