package org.generativa.data;

/**
 * Paints a {@link FaceLook} as a 32x32 RGB image, layer over layer (background, hair behind the
 * head, ears, face, beard, nose, hair on top, eyes, glasses, mouth, hat), with 4x4 supersampled
 * edges. Geometry is in pixels relative to the face centre, y down.
 */
final class FacePainter {

    static final int SIDE = 32;
    private static final int SUPERSAMPLE = 4;
    private static final int EYE_COLOUR = Rgb.of(35, 28, 28);
    private static final int TEETH_COLOUR = Rgb.of(245, 242, 232);

    private final FaceLook look;
    private final double a;
    private final double b;
    private final double eyeX;
    private final double eyeY;
    private final double mouthY;
    private final double mouthHalfWidth;
    private final double brimY;
    private final int beardColour;
    private final int frameColour;
    private final int mouthColour;

    FacePainter(FaceLook look) {
        this.look = look;
        this.a = look.halfWidth();
        this.b = look.halfHeight();
        this.eyeX = 0.42 * a;
        this.eyeY = -0.1 * b;
        this.mouthY = 0.5 * b;
        this.mouthHalfWidth = 0.38 * a;
        this.brimY = -0.5 * b;
        this.beardColour = darkAgainst(look.hair(), look.skin(), 0.45, 0.7);
        this.frameColour = darkAgainst(look.frameColour(), look.skin(), 0.35, 1);
        // A dark red drawn from the skin, so the mouth shows on every tone.
        this.mouthColour = Rgb.of(
                (int) (0.5 * Rgb.red(look.skin())) + 10, (int) (0.2 * Rgb.green(look.skin())), (int) (0.22 * Rgb.blue(look.skin())));
    }

    /**
     * Writes the image channels first (R, G, B planes) with values in [0, 1]. A pixel whose corners and
     * centre agree takes that colour; the others (edges, thin strokes) average 4x4 samples. Every
     * feature is at least 1 px wide, so none can hide between those five points; at worst a sliver
     * of an edge across a pixel's corner stays unsmoothed.
     */
    void paint(float[] out, int offset) {
        int[] corners = new int[(SIDE + 1) * (SIDE + 1)];
        for (int y = 0; y <= SIDE; y++) {
            for (int x = 0; x <= SIDE; x++) {
                corners[y * (SIDE + 1) + x] = colourAt(x - look.centreX(), y - look.centreY());
            }
        }
        int plane = SIDE * SIDE;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int c = corners[y * (SIDE + 1) + x];
                boolean flat = c == corners[y * (SIDE + 1) + x + 1]
                        && c == corners[(y + 1) * (SIDE + 1) + x]
                        && c == corners[(y + 1) * (SIDE + 1) + x + 1]
                        && c == colourAt(x + 0.5 - look.centreX(), y + 0.5 - look.centreY());
                int at = offset + y * SIDE + x;
                if (flat) {
                    out[at] = Rgb.red(c) / 255f;
                    out[at + plane] = Rgb.green(c) / 255f;
                    out[at + 2 * plane] = Rgb.blue(c) / 255f;
                } else {
                    supersample(x, y, out, at, plane);
                }
            }
        }
    }

    private void supersample(int x, int y, float[] out, int at, int plane) {
        double step = 1.0 / SUPERSAMPLE;
        int r = 0;
        int g = 0;
        int bl = 0;
        for (int sy = 0; sy < SUPERSAMPLE; sy++) {
            double dy = y + (sy + 0.5) * step - look.centreY();
            for (int sx = 0; sx < SUPERSAMPLE; sx++) {
                int c = colourAt(x + (sx + 0.5) * step - look.centreX(), dy);
                r += Rgb.red(c);
                g += Rgb.green(c);
                bl += Rgb.blue(c);
            }
        }
        float norm = 255f * SUPERSAMPLE * SUPERSAMPLE;
        out[at] = r / norm;
        out[at + plane] = g / norm;
        out[at + 2 * plane] = bl / norm;
    }

    int colourAt(double dx, double dy) {
        int c = look.background();
        if (Math.abs(dx) > a + 3 || dy > b + 1 || dy < -1.2 * b - 3) {
            return c;
        }
        if (look.hairStyle() == FaceLook.HairStyle.LONG && ellipse(dx, dy - 0.1 * b, a + 2.2, b + 1.8) && dy < 0.85 * b) {
            c = look.hair();
        }
        if (ellipse(Math.abs(dx) - a + 0.2, dy, 1.5, 2.1)) {
            c = Rgb.scaled(look.skin(), 0.9);
        }
        if (face(dx, dy, 0)) {
            c = look.skin();
        }
        if (look.beard() && beard(dx, dy)) {
            c = beardColour;
        }
        if (ellipse(dx, dy - 0.1 * b, 0.9, 1.0)) {
            c = Rgb.scaled(look.skin(), 0.82);
        }
        if (hairOnTop(dx, dy)) {
            c = look.hair();
        }
        if (ellipse(Math.abs(dx) - eyeX, dy - eyeY, 0.95, 1.25)) {
            c = EYE_COLOUR;
        }
        if (look.glasses() && glasses(dx, dy)) {
            c = frameColour;
        }
        if (look.smile()) {
            c = grin(dx, dy, c);
        } else if (straightMouth(dx, dy)) {
            c = mouthColour;
        }
        if (look.hat()) {
            c = hat(dx, dy, c);
        }
        return c;
    }

    /**
     * An ellipse blended towards the squarer curve u^4 + v^4 = 1 as {@code squareness} grows from 0 to
     * 1, narrowing towards the chin.
     */
    private boolean face(double dx, double dy, double grow) {
        double chin = dy > 0 ? 1 - 0.12 * (dy / b) * (dy / b) : 1;
        double u = dx / ((a + grow) * chin);
        double v = dy / (b + grow);
        double u2 = u * u;
        double v2 = v * v;
        double s = look.squareness();
        return (1 - s) * (u2 + v2) + s * Math.sqrt(u2 * u2 + v2 * v2) <= 1;
    }

    /** Chin, jaw and sideburns, leaving bare skin round the mouth. */
    private boolean beard(double dx, double dy) {
        if (!face(dx, dy, 0.6)) {
            return false;
        }
        boolean jaw = dy > 0.15 * b && !ellipse(dx, dy - mouthY + 0.3, mouthHalfWidth + 1.2, 2.4);
        boolean sideburn = dy > -0.15 * b && Math.abs(dx) > 0.74 * a;
        return jaw || sideburn;
    }

    private boolean hairOnTop(double dx, double dy) {
        if (!ellipse(dx, dy, a + 1.0, b + 1.0)) {
            return false;
        }
        if (!face(dx, dy, 0)) {
            return dy < (look.hairStyle() == FaceLook.HairStyle.SHORT ? -0.2 * b : 0);
        }
        double hairline = look.hairStyle() == FaceLook.HairStyle.FRINGE
                ? -0.32 * b + 0.5 * Math.sin(1.6 * dx)
                : -0.45 * b + look.hairlineTilt() * dx;
        return dy < hairline;
    }

    /** Two rings round the eyes, a bridge between them and arms out to the edge of the face. */
    private boolean glasses(double dx, double dy) {
        double inner = 1.5;
        double outer = 2.6;
        double d = Math.hypot(Math.abs(dx) - eyeX, dy - eyeY);
        if (d >= inner && d <= outer) {
            return true;
        }
        boolean level = Math.abs(dy - eyeY + 0.3) <= 0.5;
        return level && (Math.abs(dx) < eyeX - inner || Math.abs(dx) > eyeX + inner && Math.abs(dx) < a);
    }

    /**
     * An open grin, big enough to survive a blur: the circular segment below the chord through the corners, whose
     * bottom lies 1 px below the straight mouth and whose corners rise 2.4 px above it, with a lip round it and a
     * row of teeth under the chord.
     */
    private int grin(double dx, double dy, int under) {
        double rise = 2.4;
        double radius = (mouthHalfWidth * mouthHalfWidth + rise * rise) / (2 * rise);
        double cy = mouthY + 1.0 - radius;
        double chord = mouthY + 1.0 - rise;
        double d = Math.hypot(dx, dy - cy);
        if (d > radius + 0.75 || dy < chord - 0.5) {
            return under;
        }
        return dy < chord + 0.9 && d <= radius - 0.4 ? TEETH_COLOUR : mouthColour;
    }

    private boolean straightMouth(double dx, double dy) {
        double end = 0.85 * mouthHalfWidth;
        double ex = Math.max(0, Math.abs(dx) - end);
        return Math.hypot(ex, dy - mouthY) <= 0.7;
    }

    private int hat(double dx, double dy, int under) {
        int band = Rgb.scaled(look.hatColour(), 0.55);
        if (look.hatStyle() == FaceLook.HatStyle.BRIMMED) {
            double crownTop = brimY - 0.7 * b;
            if (Math.hypot(Math.max(0, Math.abs(dx) - a - 1.5), dy - brimY) <= 1.0) {
                return look.hatColour();
            }
            if (Math.abs(dx) <= 0.7 * a && dy >= crownTop && dy <= brimY) {
                return dy > brimY - 2.2 ? band : look.hatColour();
            }
            return under;
        }
        double domeHeight = 0.6 * b + 1;
        if (Math.hypot(dx, dy - (brimY - domeHeight)) <= 1.8) {
            return Rgb.of(245, 245, 240);
        }
        if (Math.abs(dx) <= a + 1.2 && dy >= brimY - 1.6 && dy <= brimY + 1.0) {
            return band;
        }
        if (dy <= brimY && ellipse(dx, dy - brimY, a + 1.2, domeHeight)) {
            return look.hatColour();
        }
        return under;
    }

    /**
     * {@code colour} darkened by at least {@code darkest} and further until it is at most {@code share}
     * as bright as the skin, so that it shows on every skin tone.
     */
    private static int darkAgainst(int colour, int skin, double share, double darkest) {
        double factor = Math.min(darkest, share * Rgb.luminance(skin) / Math.max(1, Rgb.luminance(colour)));
        return Rgb.scaled(colour, factor);
    }

    private static boolean ellipse(double dx, double dy, double rx, double ry) {
        double u = dx / rx;
        double v = dy / ry;
        return u * u + v * v <= 1;
    }
}
