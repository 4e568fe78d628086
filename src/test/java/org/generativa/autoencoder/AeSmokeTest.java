package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.generativa.data.CartoonFaces;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.Sprites;
import org.generativa.data.SyntheticDigits;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.testing.EngineTest;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every variant trains a few steps on grayscale and colour images without NaN and shows its previews. */
class AeSmokeTest extends EngineTest {

    static Stream<Arguments> runs() {
        return Arrays.stream(AeVariant.values()).flatMap(v -> Stream.of(Arguments.of(v, "digits"), Arguments.of(v, "faces"),
                Arguments.of(v, "sprites")));
    }

    private static Dataset data(String name) {
        return switch (name) {
            case "digits" -> new SyntheticDigits(0);
            case "faces" -> new CartoonFaces(0);
            default -> new Sprites();
        };
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void trainsAFewStepsWithFiniteMetrics(AeVariant variant, String dataName) {
        Dataset data = data(dataName);
        AeConfig config = AeConfig.defaultsFor(variant, DataSpec.of(dataName), DataKind.IMAGES).withBatchSize(8)
                .withHiddenWidth(variant.convolutional() ? 4 : 32).withCodeSize(4).withThreads(1)
                .withPretrainSteps(variant.layerWise() ? 2 : 0);
        try (AeExperiment experiment = new AeExperiment(m, data, config)) {
            for (int i = 0; i < 8; i++) {
                MetricPoint point = experiment.step(StepKind.BOTH);
                for (int j = 0; j < point.values().length; j++) {
                    assertTrue(Double.isFinite(point.values()[j]),
                            experiment.metricNames().get(j) + " at step " + point.step() + ": " + point.values()[j]);
                }
            }
            ImageGrid grid = assertInstanceOf(ImageGrid.class, experiment.preview());
            assertEquals(variant == AeVariant.DENOISING_AE ? 12 : 8, grid.rowLabels().size());
            if (variant.generative()) {
                assertNotNull(experiment.priorSamples());
            }
        }
    }

    static Stream<AeVariant> denseVariants() {
        return Arrays.stream(AeVariant.values()).filter(v -> !v.convolutional());
    }

    @ParameterizedTest(name = "{0} on ring8")
    @MethodSource("denseVariants")
    void denseVariantsTrainOnPointsWithTheirDefaults(AeVariant variant) {
        AeConfig config = AeConfig.defaultsFor(variant, DataSpec.of("ring8"), DataKind.POINTS).withThreads(1).withBatchSize(32)
                .withPretrainSteps(variant.layerWise() ? 2 : 0);
        try (AeExperiment experiment = new AeExperiment(m, GaussianMixture2D.ring8(), config)) {
            for (int i = 0; i < 8; i++) {
                MetricPoint point = experiment.step(StepKind.BOTH);
                for (int j = 0; j < point.values().length; j++) {
                    String name = experiment.metricNames().get(j);
                    if (!name.startsWith("psnr")) {
                        assertTrue(Double.isFinite(point.values()[j]), name + " at step " + point.step() + ": " + point.values()[j]);
                    }
                }
            }
            PointCloud cloud = assertInstanceOf(PointCloud.class, experiment.preview());
            assertEquals(2000, cloud.generated().length);
        }
    }
}
