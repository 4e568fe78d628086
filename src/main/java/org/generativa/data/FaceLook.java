package org.generativa.data;

import java.util.SplittableRandom;

/**
 * Everything that decides how one cartoon face looks: the four binary attributes, then the
 * appearance (geometry in pixels of a 32x32 image, y down; colours as 0xRRGGBB).
 */
record FaceLook(
        boolean smile,
        boolean glasses,
        boolean beard,
        boolean hat,
        double centreX,
        double centreY,
        double halfWidth,
        double halfHeight,
        double squareness,
        int skin,
        int hair,
        HairStyle hairStyle,
        double hairlineTilt,
        int background,
        HatStyle hatStyle,
        int hatColour,
        int frameColour) {

    enum HairStyle { SHORT, LONG, FRINGE }

    enum HatStyle { BRIMMED, BEANIE }

    static final int[] SKIN_TONES = {
        Rgb.of(255, 224, 196), Rgb.of(241, 194, 160), Rgb.of(224, 172, 128),
        Rgb.of(198, 134, 95), Rgb.of(160, 102, 68), Rgb.of(112, 72, 48)
    };
    static final int[] HAIR_COLOURS = {
        Rgb.of(28, 24, 24), Rgb.of(72, 46, 30), Rgb.of(122, 80, 44),
        Rgb.of(160, 70, 36), Rgb.of(214, 176, 98), Rgb.of(150, 150, 152)
    };
    static final int[] HAT_COLOURS = {
        Rgb.of(205, 40, 45), Rgb.of(40, 85, 205), Rgb.of(35, 150, 65),
        Rgb.of(135, 50, 165), Rgb.of(235, 130, 25), Rgb.of(20, 140, 150)
    };
    static final int[] FRAME_COLOURS = {Rgb.of(20, 20, 25), Rgb.of(60, 35, 20), Rgb.of(25, 30, 80), Rgb.of(90, 20, 30)};

    /** Attributes come first in the stream, each a fair coin, so they are independent of the rest. */
    static FaceLook random(SplittableRandom r) {
        boolean smile = r.nextBoolean();
        boolean glasses = r.nextBoolean();
        boolean beard = r.nextBoolean();
        boolean hat = r.nextBoolean();
        return new FaceLook(smile, glasses, beard, hat,
                uniform(r, 14.5, 17.5),
                uniform(r, 16.5, 18.5),
                uniform(r, 7.5, 9.5),
                uniform(r, 9.5, 11.5),
                uniform(r, 0, 0.8),
                jitter(r, pick(r, SKIN_TONES), 8),
                jitter(r, pick(r, HAIR_COLOURS), 10),
                HairStyle.values()[r.nextInt(HairStyle.values().length)],
                uniform(r, -0.2, 0.2),
                Rgb.hsv(r.nextDouble(), uniform(r, 0.12, 0.4), uniform(r, 0.8, 0.97)),
                HatStyle.values()[r.nextInt(HatStyle.values().length)],
                jitter(r, pick(r, HAT_COLOURS), 15),
                pick(r, FRAME_COLOURS));
    }

    FaceLook withSmile(boolean on) {
        return new FaceLook(on, glasses, beard, hat, centreX, centreY, halfWidth, halfHeight, squareness, skin, hair,
                hairStyle, hairlineTilt, background, hatStyle, hatColour, frameColour);
    }

    FaceLook withGlasses(boolean on) {
        return new FaceLook(smile, on, beard, hat, centreX, centreY, halfWidth, halfHeight, squareness, skin, hair,
                hairStyle, hairlineTilt, background, hatStyle, hatColour, frameColour);
    }

    FaceLook withBeard(boolean on) {
        return new FaceLook(smile, glasses, on, hat, centreX, centreY, halfWidth, halfHeight, squareness, skin, hair,
                hairStyle, hairlineTilt, background, hatStyle, hatColour, frameColour);
    }

    FaceLook withHat(boolean on) {
        return new FaceLook(smile, glasses, beard, on, centreX, centreY, halfWidth, halfHeight, squareness, skin, hair,
                hairStyle, hairlineTilt, background, hatStyle, hatColour, frameColour);
    }

    private static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    private static int pick(SplittableRandom r, int[] colours) {
        return colours[r.nextInt(colours.length)];
    }

    private static int jitter(SplittableRandom r, int rgb, int amount) {
        return Rgb.of(Rgb.red(rgb) + r.nextInt(-amount, amount + 1), Rgb.green(rgb) + r.nextInt(-amount, amount + 1),
                Rgb.blue(rgb) + r.nextInt(-amount, amount + 1));
    }
}
