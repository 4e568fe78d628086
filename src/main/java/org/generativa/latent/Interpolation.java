package org.generativa.latent;

import java.util.ArrayList;
import java.util.List;
import org.generativa.common.Sentence;
import org.generativa.family.LatentModel;
import org.generativa.preview.ImageGrid;

/** Paths between two codes and their decoded frames. */
public final class Interpolation {

    /** How a path runs: straight, or along the great circle (keeps codes at a typical radius of a Gaussian prior). */
    public enum Kind { LINEAR, SPHERICAL }

    /**
     * @param codes the path's codes, one after another
     * @param items the decoded frames, in the data's range
     * @param strip the frames side by side in one row
     */
    public record Strip(float[] codes, int frames, float[] items, ImageGrid strip) {}

    private Interpolation() {}

    /** {@code frames} codes from {@code a} to {@code b}, both included, evenly spaced in t. */
    public static float[] path(float[] a, float[] b, int frames, Kind kind) {
        if (frames < 2) {
            throw new IllegalArgumentException("a path needs at least 2 frames, not " + frames);
        }
        int d = a.length;
        float[] codes = new float[frames * d];
        for (int f = 0; f < frames; f++) {
            double t = (double) f / (frames - 1);
            float[] code = kind == Kind.SPHERICAL ? LatentMath.slerp(a, b, t) : LatentMath.lerp(a, b, t);
            System.arraycopy(code, 0, codes, f * d, d);
        }
        return codes;
    }

    /**
     * The path decoded and laid out in one row (images only). Runs on the engine thread.
     *
     * @param conditionClass the class for a conditional generator, ignored (pass -1) otherwise
     */
    public static Strip strip(LatentModel model, float[] a, float[] b, int frames, Kind kind, int conditionClass) {
        Pictures.requireImages(model.dataset(), Sentence.of("latent.interpolationStrip"));
        float[] codes = path(a, b, frames, kind);
        float[] items = model.decode(codes, frames, Pictures.classes(model, conditionClass, frames));
        return new Strip(codes, frames, items, Pictures.grid(model.dataset(), items, frames, frames));
    }

    /** Each frame of a strip as its own picture (for an animation). */
    public static List<ImageGrid> frames(LatentModel model, Strip strip) {
        int size = model.dataset().itemSize();
        List<ImageGrid> pictures = new ArrayList<>();
        for (int f = 0; f < strip.frames(); f++) {
            pictures.add(Pictures.grid(model.dataset(), LatentMath.row(strip.items(), f, size), 1, 1));
        }
        return pictures;
    }
}
