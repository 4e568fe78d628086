package org.generativa.autoencoder;

import org.generativa.metrics.ClassCoverage;
import org.generativa.preview.Report;

/**
 * What an autoencoder's live view shows besides its step metrics, as it applies to the variant (empty
 * arrays otherwise).
 *
 * @param klPerDimension vae, conv-vae: batch-mean KL of each code dimension at the latest step, nats
 * @param rhoHat sparse-ae: mean activation of each code unit at the latest step
 * @param principalAnglesDegrees linear ae: principal angles between the decoder's span and the data's top
 *     principal subspace, largest first
 * @param priorCoverage generative variants on labelled images with a reference classifier attached: how the
 *     classifier sees decoded prior samples; null otherwise
 */
public record AeReport(double[] klPerDimension, double[] rhoHat, double[] principalAnglesDegrees,
        ClassCoverage priorCoverage) implements Report {}
