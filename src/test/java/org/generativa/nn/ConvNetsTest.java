package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvNetsTest extends EngineTest {

    private static final int WIDTH = 8;
    private static final int LATENT = 5;

    @ParameterizedTest
    @CsvSource({"28, 1, NEAREST", "32, 3, NEAREST", "64, 3, NEAREST", "28, 1, TRANSPOSED", "32, 3, TRANSPOSED",
        "64, 3, TRANSPOSED"})
    void theGeneratorDrawsImagesOfTheAskedSideInTanhRange(int side, int channels, Upsampling upsample) {
        Block g = ConvNets.generator(side, channels, WIDTH, upsample);
        g.initialize(m, DataType.FLOAT32, new Shape(3, LATENT));
        NDArray images = forward(g, m.randomNormal(new Shape(3, LATENT)));
        assertEquals(new Shape(3, channels, side, side), images.getShape());
        assertTrue(images.abs().max().getFloat() <= 1f, "tanh output");
    }

    @ParameterizedTest
    @CsvSource({"28, 1, 7, 2", "32, 3, 4, 3", "64, 3, 4, 4"})
    void theDiscriminatorEndsWithA3x3ConvolutionAtTheBaseSizeAndOneOutput(int side, int channels, int base, int doublings) {
        Block d = ConvNets.discriminator(side, WIDTH, 0, false, () -> Activation.leakyReluBlock(0.2f));
        d.initialize(m, DataType.FLOAT32, new Shape(3, channels, side, side));
        NDArray out = forward(d, m.randomNormal(new Shape(3, channels, side, side)));
        assertEquals(new Shape(3, 1), out.getShape());

        long last = (long) WIDTH << (doublings - 1);
        List<Shape> shapes = d.getParameters().values().stream().map(p -> p.getArray().getShape()).toList();
        assertTrue(shapes.contains(new Shape(last, last, 3, 3)), "3x3 convolution keeping " + last + " channels: " + shapes);
        assertTrue(shapes.contains(new Shape(1, last * base * base)), "dense output over a " + base + "x" + base + " map: " + shapes);
    }

    private NDArray forward(Block block, NDArray x) {
        return block.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
    }
}
