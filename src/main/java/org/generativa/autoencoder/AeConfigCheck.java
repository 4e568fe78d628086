package org.generativa.autoencoder;

import java.util.ArrayList;
import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.nn.Downsampling;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Upsampling;
import org.generativa.train.Hyperparameter;

/** Refuses configurations that cannot train on a dataset, each with one sentence saying why. */
final class AeConfigCheck {

    private AeConfigCheck() {}

    static void requireUsable(AeConfig config, Dataset data) {
        for (Hyperparameter<AeConfig> parameter : AeConfig.HYPERPARAMETERS) {
            parameter.check(parameter.format(config)).ifPresent(refusal -> {
                throw parameter.refused(refusal, parameter.key());
            });
        }
        AeVariant variant = config.variant();
        String name = variant.cliName();
        if (data.kind() == DataKind.SCALARS) {
            throw InvalidInputException.of("ae.noScalars", data.name());
        }
        boolean images = data.kind() == DataKind.IMAGES;
        int[] shape = data.itemShape();
        if (variant.convolutional() && !images) {
            throw InvalidInputException.of("ae.needsImages", name, data.name());
        }
        if (variant.convolutional() && (shape[1] != shape[2] || !List.of(28, 32, 64).contains(shape[1]))) {
            throw InvalidInputException.of("model.imageSize", name, data.name(), String.valueOf(shape[1]),
                    String.valueOf(shape[2]));
        }
        if (config.linear() && variant != AeVariant.AE) {
            throw InvalidInputException.of("ae.linearOnlyAe", name);
        }
        if (config.linear() && config.codeSize() > data.itemSize()) {
            throw InvalidInputException.of("ae.linearCodeTooLarge", data.name(), String.valueOf(data.itemSize()),
                    String.valueOf(config.codeSize()));
        }
        if (config.tiedWeights() && !variant.tieable()) {
            throw InvalidInputException.of("ae.tiedNotApplicable", name);
        }
        if (variant == AeVariant.DENOISING_AE && !images && config.corruption() != CorruptionKind.GAUSSIAN) {
            throw InvalidInputException.of("ae.corruptionForPixels", config.corruption().cliName(), data.name());
        }
        if (!images && config.likelihood() == Likelihood.BERNOULLI) {
            throw InvalidInputException.of("ae.bernoulliNeedsImages", data.name());
        }
        if (variant == AeVariant.ROBUST_AE && config.likelihood() != Likelihood.BERNOULLI && images) {
            throw InvalidInputException.of("ae.robustOwnLoss");
        }
        if (config.downsample() != Downsampling.STRIDED && !variant.convolutional()) {
            throw InvalidInputException.of("ae.downsampleForConv", name);
        }
        if (config.upsample() != Upsampling.NEAREST && !variant.convolutional()) {
            throw InvalidInputException.of("ae.upsampleForConv", name);
        }
        if (config.activation() != LayerActivation.SIGMOID && !AeConfig.takesActivation(config)) {
            throw InvalidInputException.of("ae.activationForDense", name);
        }
        if (variant == AeVariant.SPARSE_AE && config.sparsity() == SparsityKind.KL && !config.activation().bounded()) {
            throw InvalidInputException.of("ae.klNeedsBounded", config.activation().cliName());
        }
        if (config.pretrainSteps() > 0 && !variant.layerWise()) {
            throw InvalidInputException.of("ae.pretrainLayerWise", name);
        }
        if (config.denoiseLayers() && (variant != AeVariant.STACKED_AE || config.pretrainSteps() == 0)) {
            throw InvalidInputException.of("ae.denoiseLayersStacked", name);
        }
        if (config.contamination() != Contamination.NONE && !images) {
            throw InvalidInputException.of("ae.contaminationForImages", data.name());
        }
    }

    /** Settings that are used differently than asked, each as a sentence for the status line. */
    static List<String> notices(AeConfig config, int itemSize) {
        List<String> notices = new ArrayList<>();
        if (config.variant() == AeVariant.AAE && config.prior() == PriorKind.MIXTURE && config.codeSize() != 2) {
            notices.add("The mixture prior lives in the plane, so with a code of " + config.codeSize()
                    + " dimensions the aae uses the Gaussian prior.");
        }
        if (config.codeSize() > itemSize && !config.variant().regularisesCode()) {
            notices.add("The code (" + config.codeSize() + " units) is larger than the input (" + itemSize
                    + " values) and nothing holds it back: the autoencoder may learn to copy its input rather than the"
                    + " data's structure. copy_gain, the share of a small change to an input that comes through to its"
                    + " reconstruction, shows how much it copies (1 for the identity).");
        }
        if (config.upsample().threads(config.threads()) < config.threads()) {
            notices.add(Upsampling.ONE_THREAD_NOTICE);
        }
        return List.copyOf(notices);
    }
}
