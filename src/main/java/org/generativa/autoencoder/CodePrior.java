package org.generativa.autoencoder;

import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;

/**
 * Samples of an adversarial autoencoder's code prior: N(0, I), or in the plane eight Gaussians of
 * standard deviation {@value #MODE_SIGMA} evenly spaced on a circle of radius {@value #RADIUS}.
 */
public final class CodePrior {

    public static final int MODES = 8;
    public static final double RADIUS = 2;
    public static final double MODE_SIGMA = 0.25;

    private final PriorKind kind;
    private final int codeSize;

    /** The mixture needs a 2-D code; for other sizes the prior is Gaussian. */
    public CodePrior(PriorKind asked, int codeSize) {
        this.kind = asked == PriorKind.MIXTURE && codeSize != 2 ? PriorKind.GAUSSIAN : asked;
        this.codeSize = codeSize;
    }

    /** The prior actually used. */
    public PriorKind kind() {
        return kind;
    }

    /** {@code count} codes, one after another. */
    public float[] sample(int count, SplittableRandom random) {
        float[] codes = new float[count * codeSize];
        for (int i = 0; i < count; i++) {
            if (kind == PriorKind.MIXTURE) {
                double angle = 2 * Math.PI * random.nextInt(MODES) / MODES;
                codes[2 * i] = (float) (RADIUS * Math.cos(angle) + MODE_SIGMA * StandardNormal.draw(random));
                codes[2 * i + 1] = (float) (RADIUS * Math.sin(angle) + MODE_SIGMA * StandardNormal.draw(random));
            } else {
                for (int j = 0; j < codeSize; j++) {
                    codes[i * codeSize + j] = (float) StandardNormal.draw(random);
                }
            }
        }
        return codes;
    }
}
