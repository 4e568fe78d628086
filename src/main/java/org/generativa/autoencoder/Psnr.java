package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;

/** Peak signal-to-noise ratio of images in [0, 1] (peak 1), in dB. */
public final class Psnr {

    /** An exact copy scores 100 dB rather than infinity. */
    private static final float MIN_MSE = 1e-10f;

    private Psnr() {}

    /** {@code 10 log10(1 / mse)} of each image against its reference, averaged over images. */
    public static double meanPerImage(NDArray reference, NDArray images) {
        NDArray mse = reference.sub(images).square().reshape(reference.getShape().get(0), -1).mean(new int[] {1});
        return mse.maximum(MIN_MSE).log10().mul(-10).mean().getFloat();
    }
}
