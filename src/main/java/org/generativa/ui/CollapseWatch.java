package org.generativa.ui;

/** Turns a run's modes-captured measurements into a sentence when they fall (mode collapse under way). */
final class CollapseWatch {

    private static final int DROP = 2;
    private static final int CONFIRMATIONS = 3;

    private int best = -1;
    private int below;

    void clear() {
        best = -1;
        below = 0;
    }

    /** The notice to show when this measurement confirms a fall, else null. */
    String observe(long step, int modes) {
        if (modes > best) {
            best = modes;
            below = 0;
            return null;
        }
        if (modes > best - DROP) {
            below = 0;
            return null;
        }
        if (++below < CONFIRMATIONS) {
            return null;
        }
        String notice = I18n.format("lab.collapse", best, modes, String.format("%,d", step));
        best = modes;
        below = 0;
        return notice;
    }
}
