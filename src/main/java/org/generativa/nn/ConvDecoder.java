package org.generativa.nn;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * An image decoder in the style of {@link ConvNets#generator}, without batch norm and with a linear
 * output: a dense layer to a 7x7 or 4x4 stack of feature maps, then per doubling nearest-neighbour upsampling
 * and a 3x3 convolution, or one 4x4 transposed convolution of stride 2. It takes rows of codes and returns flat rows of pre-activation outputs
 * (logits for Bernoulli pixels), channels first.
 */
public final class ConvDecoder {

    private ConvDecoder() {}

    /** @param width channels after the last upsampling; earlier stages double it */
    public static SequentialBlock of(int channels, int side, int width, Upsampling upsample) {
        SequentialBlock decoder = new SequentialBlock();
        decoder.add(ConvNets.upsampling(side, channels, width, false, 1, upsample));
        decoder.add(Layers.flatten());
        return decoder;
    }

    /**
     * The decoder made by {@link #of} as stages mirroring {@link ConvEncoder#stages}, in the order they run: the dense
     * layer to the smallest feature maps, then each upsampling stage (the last with the flatten to rows). Every stage
     * shares its blocks, and so its parameters, with {@code decoder}.
     */
    public static List<Block> stages(SequentialBlock decoder, Upsampling upsample) {
        List<Block> outer = decoder.getChildren().values();
        List<Block> children = ((SequentialBlock) outer.get(0)).getChildren().values();
        int perStage = upsample == Upsampling.TRANSPOSED ? 1 : 2;
        int doublings = (children.size() - 2) / (perStage + 1);
        List<Block> stages = new ArrayList<>();
        stages.add(new SequentialBlock().addAll(children.subList(0, 3)));
        int at = 3;
        for (int i = 0; i < doublings; i++) {
            boolean last = i == doublings - 1;
            int size = last ? perStage : perStage + 1;
            SequentialBlock stage = new SequentialBlock().addAll(children.subList(at, at + size));
            if (last) {
                stage.add(outer.get(1));
            }
            stages.add(stage);
            at += size;
        }
        return List.copyOf(stages);
    }
}
