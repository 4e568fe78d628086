package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.stream.Stream;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Network shapes for every image size and channel count, and what tying weights shares. */
class ImageNetworksTest extends EngineTest {

    static Stream<Arguments> images() {
        return Stream.of(Arguments.of(1, 28), Arguments.of(3, 28), Arguments.of(1, 32), Arguments.of(3, 32),
                Arguments.of(1, 64), Arguments.of(3, 64));
    }

    @ParameterizedTest(name = "{0} channels, side {1}")
    @MethodSource("images")
    void convolutionalVaeMapsImagesToTwoCodesAndBack(int channels, int side) {
        AeConfig config = AeConfig.defaultsFor(AeVariant.CONV_VAE, DataSpec.of("x"), DataKind.IMAGES).withCodeSize(5)
                .withHiddenWidth(4);
        int size = channels * side * side;
        try (AeNetworks nets = new AeNetworks(m, config, new int[] {channels, side, side})) {
            NDArray encoded = nets.encode(m.zeros(new Shape(3, size)), false);
            assertEquals(new Shape(3, 10), encoded.getShape());
            assertEquals(new Shape(3, size), nets.decode(m.zeros(new Shape(3, 5)), false).getShape());
        }
    }

    @Test
    void tiedDecoderOwnsOnlyBiasesAndFollowsTheEncodersWeights() {
        AeConfig untied = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("x"), DataKind.IMAGES).withCodeSize(3)
                .withHiddenWidth(5).withDepth(1);
        int[] shape = {1, 2, 4};
        try (AeNetworks free = new AeNetworks(m, untied, shape);
                AeNetworks tied = new AeNetworks(m, untied.withTiedWeights(true), shape)) {
            // encoder 8x5 + 5 + 5x3 + 3 = 63; free decoder 3x5 + 5 + 5x8 + 8 = 68; tied decoder 5 + 8
            assertEquals(63 + 68, count(free));
            assertEquals(63 + 13, count(tied));
            NDArray code = m.create(new float[] {0.3f, -0.2f, 0.9f}, new Shape(1, 3));
            float[] before = tied.decode(code, false).toFloatArray();
            tied.encodeTracked(m.zeros(new Shape(1, 8)), false).weights().get(1).muli(2);
            float[] after = tied.decode(code, false).toFloatArray();
            assertTrue(!java.util.Arrays.equals(before, after), "the decoder reads the encoder's weights");
        }
    }

    private static long count(AeNetworks nets) {
        return nets.autoencoderParameters().parameters().stream().mapToLong(p -> p.getArray().size()).sum();
    }
}
