package org.generativa.autoencoder;

import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.train.Hyperparameter;

/** Refuses configurations that cannot train on a dataset, each with one sentence saying why. */
final class AeConfigCheck {

    private AeConfigCheck() {}

    static void requireUsable(AeConfig config, Dataset data) {
        for (Hyperparameter<AeConfig> parameter : AeConfig.HYPERPARAMETERS) {
            parameter.check(parameter.format(config)).ifPresent(refusal -> {
                throw new InvalidInputException(parameter.describe(refusal));
            });
        }
        AeVariant variant = config.variant();
        String name = variant.cliName();
        if (data.kind() == DataKind.SCALARS) {
            throw new InvalidInputException("Autoencoders take images or 2-D points, and " + data.name() + " holds 1-D values.");
        }
        boolean images = data.kind() == DataKind.IMAGES;
        int[] shape = data.itemShape();
        if (variant.convolutional() && !images) {
            throw new InvalidInputException(name + " needs image data, and " + data.name()
                    + " holds 2-D points: choose ae, stacked-ae, denoising-ae, sparse-ae, contractive-ae, robust-ae, vae or aae.");
        }
        if (variant.convolutional() && (shape[1] != shape[2] || !List.of(28, 32, 64).contains(shape[1]))) {
            throw new InvalidInputException(name + " takes square images of 28, 32 or 64 pixels, and " + data.name() + " has "
                    + shape[1] + "×" + shape[2] + ".");
        }
        if (config.linear() && variant != AeVariant.AE) {
            throw new InvalidInputException("The linear switch applies to ae only, not to " + name + ".");
        }
        if (config.linear() && config.codeSize() > data.itemSize()) {
            throw new InvalidInputException("A linear autoencoder's code cannot be larger than the data: " + data.name()
                    + " has " + data.itemSize() + " values per item, and the code size is " + config.codeSize() + ".");
        }
        if (config.tiedWeights() && !variant.tieable()) {
            throw new InvalidInputException("Tied weights apply to ae, stacked-ae, denoising-ae, sparse-ae, contractive-ae"
                    + " and robust-ae, not to " + name + ".");
        }
        if (variant == AeVariant.DENOISING_AE && !images && config.corruption() != CorruptionKind.GAUSSIAN) {
            throw new InvalidInputException(config.corruption().cliName() + " corruption is for pixels: use gaussian noise on "
                    + data.name() + "'s 2-D points.");
        }
        if (variant.variational() && !images && config.likelihood() == Likelihood.BERNOULLI) {
            throw new InvalidInputException("A Bernoulli decoder needs images in [0, 1]: use the gaussian likelihood on "
                    + data.name() + "'s 2-D points.");
        }
    }

    /** Settings that are used differently than asked, each as a sentence for the status line. */
    static List<String> notices(AeConfig config) {
        if (config.variant() == AeVariant.AAE && config.prior() == PriorKind.MIXTURE && config.codeSize() != 2) {
            return List.of("The mixture prior lives in the plane, so with a code of " + config.codeSize()
                    + " dimensions the aae uses the Gaussian prior.");
        }
        return List.of();
    }
}
