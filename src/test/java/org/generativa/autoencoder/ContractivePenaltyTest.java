package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.nn.Backend;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contractive penalty against central finite differences of the whole encoder, with and without hidden layers. */
class ContractivePenaltyTest extends EngineTest {

    private static final int INPUTS = 6;
    private static final float[] X = {0.1f, 0.9f, 0.4f, 0.0f, 0.7f, 0.3f, 1.0f, 0.2f, 0.5f, 0.8f, 0.6f, 0.05f};
    private static final float H = 1e-2f;

    private AeNetworks encoder(int depth) {
        Backend.seed(3);
        AeConfig config = AeConfig.defaultsFor(AeVariant.CONTRACTIVE_AE, DataSpec.of("digits"), DataKind.IMAGES)
                .withCodeSize(4).withDepth(depth).withHiddenWidth(5);
        return new AeNetworks(m, config, new int[] {INPUTS});
    }

    /** sum over examples of ||dh/dx||_F^2 by central differences, divided by the examples. */
    private double finiteDifferenceJacobian(AeNetworks nets, float[] x, int examples) {
        double total = 0;
        for (int e = 0; e < examples; e++) {
            for (int i = 0; i < INPUTS; i++) {
                float[] plus = java.util.Arrays.copyOfRange(x, e * INPUTS, (e + 1) * INPUTS);
                float[] minus = plus.clone();
                plus[i] += H;
                minus[i] -= H;
                float[] hp = nets.encode(m.create(plus, new Shape(1, INPUTS)), false).toFloatArray();
                float[] hm = nets.encode(m.create(minus, new Shape(1, INPUTS)), false).toFloatArray();
                for (int j = 0; j < hp.length; j++) {
                    double derivative = (hp[j] - hm[j]) / (2.0 * H);
                    total += derivative * derivative;
                }
            }
        }
        return total / examples;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void penaltyIsTheWholeEncodersJacobianAtAnyDepth(int depth) {
        try (AeNetworks nets = encoder(depth)) {
            NDArray x = m.create(X, new Shape(2, INPUTS));
            EncoderPass pass = nets.encodeTracked(x, true);
            assertArrayEquals(nets.encode(x, false).toFloatArray(), pass.code().toFloatArray(), 1e-6f,
                    "the tracked pass gives the encoder's codes");
            float exact = ContractivePenalty.of(pass).getFloat();
            double finite = finiteDifferenceJacobian(nets, X, 2);
            assertTrue(finite > 1e-3, "a Jacobian worth testing: " + finite);
            assertEquals(finite, exact, 1e-2 * finite, "depth " + depth);
        }
    }

    @Test
    void randomDirectionEstimateAgreesWithTheExactNormOfADeepEncoder() {
        try (AeNetworks nets = encoder(2)) {
            float[] many = new float[200 * INPUTS];
            for (int i = 0; i < many.length; i++) {
                many[i] = X[i % X.length];
            }
            NDArray x = m.create(many, new Shape(200, INPUTS));
            double exact = finiteDifferenceJacobian(nets, X, 2);
            double estimate = EncoderJacobian.frobeniusSquared(v -> nets.encode(v, false), x, NoiseSource.engine(m), 8);
            assertTrue(exact > 1e-4, "a Jacobian worth testing: " + exact);
            assertEquals(exact, estimate, 0.1 * exact);
        }
    }
}
