package org.generativa.gan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/** The GAN family. Image data gets convolutional networks except for the vanilla {@link #GAN}. */
public enum GanModelKind implements CliChoice {
    /** Goodfellow et al.: fully connected generator and discriminator. */
    GAN("gan"),
    /** Radford et al.: convolutional, batch norm, N(0, 0.02) weights; image data only. */
    DCGAN("dcgan"),
    /** Mirza and Osindero: G and D both see the class, as a one-hot vector. */
    CGAN("cgan"),
    /** Arjovsky et al.: a critic with linear output, weights clipped to [-c, c], RMSProp. */
    WGAN("wgan"),
    /** Gulrajani et al.: a gradient penalty instead of clipping, no batch norm in the critic, Adam. */
    WGAN_GP("wgan-gp");

    private final String cliName;

    GanModelKind(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static GanModelKind fromCliName(String name) {
        return CliChoice.parse(GanModelKind.class, name, "choice.ganModel");
    }

    public boolean conditional() {
        return this == CGAN;
    }

    public boolean wasserstein() {
        return this == WGAN || this == WGAN_GP;
    }

    public boolean clipsWeights() {
        return this == WGAN;
    }

    public boolean gradientPenalty() {
        return this == WGAN_GP;
    }

    /** Fully connected even on images. */
    public boolean alwaysDense() {
        return this == GAN;
    }

    /** Refuses 2-D points and 1-D values. */
    public boolean needsImages() {
        return this == DCGAN;
    }
}
