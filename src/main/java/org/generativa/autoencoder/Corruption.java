package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** A denoising autoencoder's input corruptions, written on given noise so they can be checked exactly. */
public final class Corruption {

    private Corruption() {}

    /** Corrupts {@code x} with noise drawn from {@code noise}; images are clipped back to [0, 1]. */
    public static NDArray apply(CorruptionKind kind, NDArray x, double level, NoiseSource noise, boolean images) {
        return switch (kind) {
            case GAUSSIAN -> gaussian(x, noise.normal(x.getShape()), level, images);
            case MASKING -> masking(x, noise.uniform(x.getShape()), level);
            case SALT_AND_PEPPER -> saltAndPepper(x, noise.uniform(x.getShape()), noise.uniform(x.getShape()), level);
        };
    }

    /** {@code x + sigma n}, clipped to [0, 1] when {@code clip}. */
    public static NDArray gaussian(NDArray x, NDArray standardNormal, double sigma, boolean clip) {
        NDArray noisy = x.add(standardNormal.mul((float) sigma));
        return clip ? noisy.clip(0, 1) : noisy;
    }

    /** Zero where {@code uniform < p}, x elsewhere. */
    public static NDArray masking(NDArray x, NDArray uniform, double p) {
        return x.mul(uniform.gte((float) p).toType(DataType.FLOAT32, false));
    }

    /** Where {@code select < p}: 1 if {@code value < 0.5}, else 0; x elsewhere. */
    public static NDArray saltAndPepper(NDArray x, NDArray select, NDArray value, double p) {
        NDArray hit = select.lt((float) p).toType(DataType.FLOAT32, false);
        NDArray salt = value.lt(0.5f).toType(DataType.FLOAT32, false);
        return x.mul(hit.neg().add(1)).add(hit.mul(salt));
    }
}
