package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.generativa.data.SyntheticDigits;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Steps, previews and reports leave no native arrays behind: once the optimizers hold their state, the
 * number of arrays an experiment owns stays the same however long it trains.
 */
class AeMemoryTest extends EngineTest {

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("ae, tied", AeTrainingTest.digits(AeVariant.AE).withTiedWeights(true)),
                Arguments.of("linear ae", AeTrainingTest.digits(AeVariant.AE).withLinear(true).withCodeSize(3)),
                Arguments.of("stacked-ae, pretrained", AeTrainingTest.digits(AeVariant.STACKED_AE).withDepth(1).withPretrainSteps(1)),
                Arguments.of("conv-ae", AeTrainingTest.digits(AeVariant.CONV_AE).withHiddenWidth(4)),
                Arguments.of("denoising-ae", AeTrainingTest.digits(AeVariant.DENOISING_AE)),
                Arguments.of("sparse-ae", AeTrainingTest.digits(AeVariant.SPARSE_AE)),
                Arguments.of("contractive-ae, tied", AeTrainingTest.digits(AeVariant.CONTRACTIVE_AE).withTiedWeights(true)),
                Arguments.of("robust-ae", AeTrainingTest.digits(AeVariant.ROBUST_AE)),
                Arguments.of("vae, gaussian", AeTrainingTest.digits(AeVariant.VAE).withLikelihood(Likelihood.GAUSSIAN)),
                Arguments.of("conv-vae", AeTrainingTest.digits(AeVariant.CONV_VAE).withHiddenWidth(4)),
                Arguments.of("aae, mixture", AeTrainingTest.digits(AeVariant.AAE).withCodeSize(2).withPrior(PriorKind.MIXTURE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void arrayCountStaysFlat(String name, AeConfig config) {
        try (AeExperiment experiment = new AeExperiment(m, new SyntheticDigits(0), config.withBatchSize(8))) {
            for (int i = 0; i < 3; i++) {
                experiment.step(StepKind.BOTH);
            }
            int settled = m.getManagedArrays().size();
            for (int i = 0; i < 10; i++) {
                experiment.step(i % 3 == 0 ? StepKind.D_ONLY : StepKind.BOTH);
                experiment.preview();
                experiment.priorSamples();
                experiment.report();
            }
            experiment.finalMetrics(null);
            assertEquals(settled, m.getManagedArrays().size(), name);
        }
    }
}
