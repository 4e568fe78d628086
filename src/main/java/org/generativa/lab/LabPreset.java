package org.generativa.lab;

import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;

/** Placeholder presets until the tuned ones land. */
public enum LabPreset {
    COLLAPSE("collapse"),
    WGAN_GP("wgan-gp"),
    PACGAN("pacgan"),
    UNROLLED("unrolled"),
    MINIBATCH("minibatch"),
    REPLAY("replay"),
    VANISHING("vanishing"),
    OSCILLATION("oscillation");

    private final String cliName;

    LabPreset(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public GanConfig config(String dataset, long seed) {
        GanConfig base = GanConfig.defaultsFor(GanModelKind.GAN, DataSpec.of(dataset), DataKind.POINTS).withSeed(seed);
        return switch (this) {
            case WGAN_GP -> GanConfig.defaultsFor(GanModelKind.WGAN_GP, DataSpec.of(dataset), DataKind.POINTS).withSeed(seed);
            case MINIBATCH -> base.withTricks(base.tricks().withMinibatchStd(true));
            case REPLAY -> base.withTricks(base.tricks().withReplayBatches(10));
            case VANISHING -> base.withLoss(GanLoss.MINIMAX).withLrD(5e-3);
            case OSCILLATION -> base.withLrG(1e-2).withLrD(1e-2).withBeta1(0.9);
            default -> base;
        };
    }

    public String changed() {
        return "";
    }
}
