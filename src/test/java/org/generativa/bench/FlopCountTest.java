package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;
import org.generativa.bench.FlopCount.Pass;
import org.generativa.data.DataSpec;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.Layers;
import org.generativa.testing.EngineTest;
import org.generativa.train.Experiment;
import org.junit.jupiter.api.Test;

class FlopCountTest extends EngineTest {

    @Test
    void denseLayersCostRowsTimesInputsTimesUnits() {
        SequentialBlock net = new SequentialBlock().add(Linear.builder().setUnits(3).build()).add(Activation.reluBlock())
                .add(Linear.builder().setUnits(2).build());
        net.initialize(m, DataType.FLOAT32, new Shape(1, 4));
        assertEquals(5 * (4 * 3 + 3 * 2), FlopCount.multiplyAdds(net, new Shape(5, 4)));
    }

    @Test
    void convolutionsCostOutputValuesTimesInputChannelsTimesKernelArea() {
        SequentialBlock net = new SequentialBlock()
                .add(Conv2d.builder().setFilters(2).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build())
                .add(BatchNorm.builder().build())
                .add(Layers.upsample2x())
                .add(Conv2d.builder().setFilters(4).setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                        .optPadding(new Shape(1, 1)).build());
        net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 4, 4));
        long first = 2 * 4 * 4 * (1 * 3 * 3);
        long second = 4 * 4 * 4 * (2 * 4 * 4);
        assertEquals(3 * (first + second), FlopCount.multiplyAdds(net, new Shape(3, 1, 4, 4)));
    }

    @Test
    void aStepCostsTwoFlopsPerWeightedMultiplyAdd() {
        assertEquals(2 * (100 * 3 + 40 * 1 + 10 * 6), FlopCount.flops(List.of(new Pass(100, FlopCount.TRAINED),
                new Pass(40, FlopCount.FORWARD), new Pass(10, FlopCount.PENALTY))));
    }

    @Test
    void aGanStepIsFourGeneratorAndEightDiscriminatorPasses() {
        SyntheticDigits digits = new SyntheticDigits(0);
        try (Experiment<?> gan = BenchModel.GAN.create(m, digits, DataSpec.of("digits"), 1)) {
            long g = 64 * 256 + 256 * 256 + 256 * 784;
            long d = 784 * 256 + 256 * 256 + 256;
            assertEquals(2L * 64 * (4 * g + 8 * d), FlopCount.flops(BenchModel.GAN.passesPerStep(gan)));
        }
    }

    @Test
    void aVaeStepIsThreeEncoderAndThreeDecoderPasses() {
        SyntheticDigits digits = new SyntheticDigits(0);
        try (Experiment<?> vae = BenchModel.VAE.create(m, digits, DataSpec.of("digits"), 1)) {
            long encoder = 784 * 512 + 512 * 512 + 512 * 16;
            long decoder = 8 * 512 + 512 * 512 + 512 * 784;
            assertEquals(2L * 64 * 3 * (encoder + decoder), FlopCount.flops(BenchModel.VAE.passesPerStep(vae)));
        }
    }
}
