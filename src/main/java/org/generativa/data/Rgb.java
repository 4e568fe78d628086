package org.generativa.data;

/** Colours packed as 0xRRGGBB ints. */
final class Rgb {

    private Rgb() {}

    static int of(int r, int g, int b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }

    /** Perceived brightness in [0, 255] (Rec. 601 weights). */
    static double luminance(int rgb) {
        return 0.299 * red(rgb) + 0.587 * green(rgb) + 0.114 * blue(rgb);
    }

    /** Every channel multiplied by {@code factor} (below 1 darkens). */
    static int scaled(int rgb, double factor) {
        return of((int) Math.round(red(rgb) * factor), (int) Math.round(green(rgb) * factor),
                (int) Math.round(blue(rgb) * factor));
    }

    /** Hue in [0, 1), saturation and value in [0, 1]. */
    static int hsv(double hue, double saturation, double value) {
        double h = (hue - Math.floor(hue)) * 6;
        int sector = (int) h;
        double f = h - sector;
        double p = value * (1 - saturation);
        double q = value * (1 - saturation * f);
        double t = value * (1 - saturation * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {value, t, p};
            case 1 -> new double[] {q, value, p};
            case 2 -> new double[] {p, value, t};
            case 3 -> new double[] {p, q, value};
            case 4 -> new double[] {t, p, value};
            default -> new double[] {value, p, q};
        };
        return of((int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }
}
