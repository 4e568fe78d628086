package org.generativa.autoencoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of the values a step reports. {@code loss} is what the step minimised and splits into
 * {@code recon} plus the weighted terms that follow it ({@code sparsity}, {@code contractive}, beta
 * {@code kl}, adv-weight {@code adv_g}), except for the robust-ae, which minimises {@code correntropy} alone
 * and only measures {@code recon}; the other values are measurements. A value a step did not measure is NaN
 * (the aae's phases that did not run, PSNR on points).
 */
public final class AeMetrics {

    /** The minimised objective (a stacked-ae pretraining step: that layer's reconstruction loss). */
    public static final String LOSS = "loss";
    /** Reconstruction loss of the whole network per example: Bernoulli NLL in nats for images, squared error otherwise. */
    public static final String RECON = "recon";
    /** Layer-wise pretraining: 0 while fine-tuning, i while pretraining layer (or convolutional stage) i. */
    public static final String PHASE = "phase";
    /** denoising-ae: PSNR of the corrupted input against the clean one, dB (peak 1), mean per image. */
    public static final String PSNR_IN = "psnr_in";
    /** denoising-ae: PSNR of the reconstruction against the clean input. */
    public static final String PSNR_OUT = "psnr_out";
    /** Mean squared Frobenius norm of the encoder's Jacobian (random-direction estimate). */
    public static final String JACOBIAN_FRO2 = "jacobian_fro2";
    /** sparse-ae: the weighted activity penalty. */
    public static final String SPARSITY = "sparsity";
    /** sparse-ae: mean code activation over units and batch. */
    public static final String RHO_HAT = "rho_hat";
    /** contractive-ae: the weighted exact Jacobian penalty of the code layer. */
    public static final String CONTRACTIVE = "contractive";
    /** robust-ae: the correntropy loss (the objective). */
    public static final String CORRENTROPY = "correntropy";
    /** VAEs: KL divergence of the posterior from the prior, nats per example (unweighted). */
    public static final String KL = "kl";
    /** VAEs: recon + kl, nats per example, whatever beta is. */
    public static final String NEG_ELBO_NATS = "neg_elbo_nats";
    /** VAEs: code dimensions whose batch-mean KL exceeds 0.01 nats. */
    public static final String ACTIVE_UNITS = "active_units";
    /** aae: the code discriminator's cross-entropy loss. */
    public static final String ADV_D = "adv_d";
    /** aae: the encoder's non-saturating adversarial loss (unweighted). */
    public static final String ADV_G = "adv_g";
    /** linear ae: largest principal angle between the decoder's span and the data's top principal subspace. */
    public static final String PCA_ANGLE_MAX_DEG = "pca_angle_max_deg";

    private AeMetrics() {}

    /** The values a step of {@code config}'s variant reports, in order. */
    public static List<String> namesFor(AeConfig config) {
        List<String> names = new ArrayList<>(List.of(LOSS, RECON));
        switch (config.variant()) {
            case AE -> {
                names.add(JACOBIAN_FRO2);
                if (config.linear()) {
                    names.add(PCA_ANGLE_MAX_DEG);
                }
            }
            case DENOISING_AE -> names.addAll(List.of(PSNR_IN, PSNR_OUT, JACOBIAN_FRO2));
            case SPARSE_AE -> names.addAll(List.of(SPARSITY, RHO_HAT));
            case CONTRACTIVE_AE -> names.addAll(List.of(CONTRACTIVE, JACOBIAN_FRO2));
            case ROBUST_AE -> names.add(CORRENTROPY);
            case VAE, CONV_VAE -> names.addAll(List.of(KL, NEG_ELBO_NATS, ACTIVE_UNITS));
            case AAE -> names.addAll(List.of(ADV_D, ADV_G));
            default -> { }
        }
        if (reportsPhase(config)) {
            names.add(PHASE);
        }
        return List.copyOf(names);
    }

    /** A stacked-ae always (its phase is the lesson), a conv-ae when it pretrains stage by stage. */
    static boolean reportsPhase(AeConfig config) {
        return config.variant() == AeVariant.STACKED_AE || config.variant() == AeVariant.CONV_AE && config.pretrainSteps() > 0;
    }
}
