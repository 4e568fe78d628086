package org.generativa.autoencoder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** The autoencoder family. Dense variants take images or 2-D points; convolutional ones take square images. */
public enum AeVariant implements CliChoice {
    /** A plain autoencoder: dense encoder with a sigmoid code, dense decoder (linear everywhere as the PCA demo). */
    AE("ae"),
    /** A deep symmetric autoencoder, optionally pretrained one layer at a time before fine-tuning (Hinton and Salakhutdinov). */
    STACKED_AE("stacked-ae"),
    /** Strided-convolution encoder, upsample-convolution decoder; optionally pretrained one stage at a time. */
    CONV_AE("conv-ae"),
    /** Reconstructs the clean input from a corrupted one (Vincent et al.). */
    DENOISING_AE("denoising-ae"),
    /** Penalises code activity: L1 or KL divergence to a target mean activation rho (Ng). */
    SPARSE_AE("sparse-ae"),
    /** Penalises the Frobenius norm of the code layer's Jacobian (Rifai et al.). */
    CONTRACTIVE_AE("contractive-ae"),
    /** Trained with the correntropy loss, which large errors (outlier pixels) saturate (Qi et al.). */
    ROBUST_AE("robust-ae"),
    /** Variational autoencoder with dense networks (Kingma and Welling). */
    VAE("vae"),
    /** Variational autoencoder with convolutional networks. */
    CONV_VAE("conv-vae"),
    /** Adversarial autoencoder: a discriminator on codes pulls them towards a prior (Makhzani et al.). */
    AAE("aae");

    private final String cliName;

    AeVariant(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static AeVariant fromCliName(String name) {
        return CliChoice.parse(AeVariant.class, name, "choice.autoencoder");
    }

    public boolean convolutional() {
        return this == CONV_AE || this == CONV_VAE;
    }

    public boolean variational() {
        return this == VAE || this == CONV_VAE;
    }

    /** Has a prior to sample new items from. */
    public boolean generative() {
        return variational() || this == AAE;
    }

    /**
     * Something besides the reconstruction holds the code back (noise on the input, a penalty, a prior), so a code
     * larger than the input need not become a copy of it.
     */
    public boolean regularisesCode() {
        return generative() || this == DENOISING_AE || this == SPARSE_AE || this == CONTRACTIVE_AE;
    }

    /** Can be pretrained greedily, one layer (a convolutional stage) and its mirror at a time, before fine-tuning. */
    public boolean layerWise() {
        return this == STACKED_AE || this == CONV_AE;
    }

    /** Dense, with a deterministic code: the variants that may tie weights. */
    public boolean tieable() {
        return !convolutional() && !generative();
    }
}
