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
        assertEquals(new FlopCount.Cost(5 * (4 * 3 + 3 * 2), 5 * 4 * 3), FlopCount.cost(net, new Shape(5, 4)));
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
        assertEquals(new FlopCount.Cost(3 * (first + second), 3 * first), FlopCount.cost(net, new Shape(3, 1, 4, 4)));
    }

    @Test
    void passesCostMultiplesOfTheForwardPassAndAStepTwoFlopsPerMultiplyAdd() {
        FlopCount.Cost net = new FlopCount.Cost(100, 30);
        assertEquals(100, FlopCount.forward(net));
        assertEquals(200, FlopCount.throughFrozen(net));
        assertEquals(300, FlopCount.trained(net, true));
        assertEquals(270, FlopCount.trained(net, false), "no input gradient for the first layer");
        assertEquals(600, FlopCount.penalty(net));
        assertEquals(2 * (300 + 100 + 600), FlopCount.flops(List.of(300L, 100L, 600L)));
    }

    @Test
    void aGanStepIsOneGeneratorStepAndOneDiscriminatorStep() {
        SyntheticDigits digits = new SyntheticDigits(0);
        try (Experiment<?> gan = BenchModel.GAN.create(m, digits, DataSpec.of("digits"), 1)) {
            long g = 64 * 256 + 256 * 256 + 256 * 784;
            long gFirst = 64 * 256;
            long d = 784 * 256 + 256 * 256 + 256;
            long dFirst = 784 * 256;
            long dStep = g + 2 * (3 * d - dFirst);
            long gStep = (3 * g - gFirst) + 2 * d;
            assertEquals(2L * 64 * (dStep + gStep), FlopCount.flops(BenchModel.GAN.passesPerStep(gan)));
        }
    }

    @Test
    void aVaeStepTrainsTheEncoderFromDataAndTheDecoderFromCodes() {
        SyntheticDigits digits = new SyntheticDigits(0);
        try (Experiment<?> vae = BenchModel.VAE.create(m, digits, DataSpec.of("digits"), 1)) {
            long encoder = 784 * 512 + 512 * 512 + 512 * 16;
            long decoder = 8 * 512 + 512 * 512 + 512 * 784;
            assertEquals(2L * 64 * (3 * encoder - 784 * 512 + 3 * decoder), FlopCount.flops(BenchModel.VAE.passesPerStep(vae)));
        }
    }
}
