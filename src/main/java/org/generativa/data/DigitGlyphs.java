package org.generativa.data;

import java.util.List;

/** Pen-stroke skeletons of the ten digits, with the common handwritten variants of each. */
final class DigitGlyphs {

    private DigitGlyphs() {}

    /** Variants per digit; each variant is a list of strokes. */
    static final List<List<List<Stroke>>> VARIANTS = List.of(
            List.of(
                    List.of(Stroke.arc(0.5, 0.5, 0.3, 0.45, -90, 270)),
                    List.of(Stroke.arc(0.5, 0.5, 0.26, 0.46, -100, 275))),
            List.of(
                    List.of(Stroke.line(0.5, 0.05, 0.5, 0.95)),
                    List.of(Stroke.line(0.32, 0.22, 0.52, 0.05, 0.52, 0.95)),
                    List.of(Stroke.line(0.32, 0.22, 0.52, 0.05, 0.52, 0.95),
                            Stroke.line(0.3, 0.95, 0.74, 0.95))),
            List.of(
                    List.of(Stroke.arc(0.5, 0.3, 0.3, 0.25, 200, 390),
                            Stroke.line(0.76, 0.42, 0.18, 0.95, 0.85, 0.95)),
                    List.of(Stroke.arc(0.5, 0.3, 0.3, 0.25, 190, 400),
                            Stroke.line(0.73, 0.46, 0.2, 0.93),
                            Stroke.arc(0.3, 0.88, 0.12, 0.08, 270, 90),
                            Stroke.line(0.3, 0.96, 0.88, 0.92))),
            List.of(
                    List.of(Stroke.arc(0.48, 0.28, 0.28, 0.23, 200, 450),
                            Stroke.arc(0.48, 0.72, 0.32, 0.25, 270, 520)),
                    List.of(Stroke.line(0.2, 0.05, 0.8, 0.05, 0.45, 0.42),
                            Stroke.arc(0.47, 0.7, 0.33, 0.27, 265, 520))),
            List.of(
                    List.of(Stroke.line(0.66, 0.95, 0.66, 0.05, 0.12, 0.68, 0.88, 0.68)),
                    List.of(Stroke.line(0.28, 0.05, 0.18, 0.6, 0.88, 0.6),
                            Stroke.line(0.68, 0.3, 0.68, 0.95))),
            List.of(
                    List.of(Stroke.line(0.82, 0.05, 0.3, 0.05, 0.24, 0.45),
                            Stroke.arc(0.5, 0.68, 0.3, 0.27, 235, 520)),
                    List.of(Stroke.line(0.3, 0.05, 0.24, 0.45),
                            Stroke.arc(0.5, 0.68, 0.3, 0.27, 235, 510),
                            Stroke.line(0.3, 0.05, 0.84, 0.07))),
            List.of(
                    List.of(Stroke.arc(0.62, 0.55, 0.4, 0.5, 250, 160),
                            Stroke.arc(0.5, 0.71, 0.27, 0.24, 180, 540)),
                    List.of(Stroke.line(0.7, 0.05, 0.3, 0.55),
                            Stroke.arc(0.5, 0.72, 0.27, 0.23, 200, 560))),
            List.of(
                    List.of(Stroke.line(0.15, 0.05, 0.85, 0.05, 0.4, 0.95)),
                    List.of(Stroke.line(0.15, 0.12, 0.2, 0.05, 0.85, 0.05, 0.45, 0.95),
                            Stroke.line(0.38, 0.5, 0.78, 0.5)),
                    List.of(Stroke.line(0.15, 0.05, 0.85, 0.05, 0.55, 0.95))),
            List.of(
                    List.of(Stroke.arc(0.5, 0.27, 0.22, 0.22, 0, 360),
                            Stroke.arc(0.5, 0.72, 0.28, 0.24, 0, 360)),
                    List.of(Stroke.arc(0.5, 0.26, 0.24, 0.21, 90, 450),
                            Stroke.arc(0.5, 0.71, 0.26, 0.24, -90, 270))),
            List.of(
                    List.of(Stroke.arc(0.5, 0.3, 0.27, 0.24, 0, 360),
                            Stroke.line(0.77, 0.3, 0.7, 0.95)),
                    List.of(Stroke.arc(0.5, 0.3, 0.27, 0.24, 0, 360),
                            Stroke.arc(0.4, 0.3, 0.37, 0.65, 0, 95))));
}
