package org.generativa.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Watches modes captured over training and says when they fall.
 *
 * <p>Rule: a notice is raised when {@code confirmations} consecutive measurements (2 by default) all lie
 * at least {@code max(2, ceil(best / 5))} modes below the best of the {@code window} measurements before
 * them (10 by default); after a notice that best is forgotten, so one fall gives one notice.
 */
public final class CollapseDetector {

    /** Modes captured fell from {@code from} (the recent best) to {@code to}, noticed at {@code step}. */
    public record Notice(long step, int from, int to) {}

    public static final int DEFAULT_WINDOW = 10;
    public static final int DEFAULT_CONFIRMATIONS = 2;

    private final int window;
    private final int confirmations;
    private final Deque<Integer> recent = new ArrayDeque<>();
    private final List<Integer> pending = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    public CollapseDetector() {
        this(DEFAULT_WINDOW, DEFAULT_CONFIRMATIONS);
    }

    /**
     * @param window how many earlier measurements the recent best is taken over
     * @param confirmations how many consecutive low measurements make a fall
     */
    public CollapseDetector(int window, int confirmations) {
        if (window < 1 || confirmations < 1) {
            throw new IllegalArgumentException("window and confirmations must be at least 1");
        }
        this.window = window;
        this.confirmations = confirmations;
    }

    /** The smallest fall below {@code best} that counts as clear. */
    public static int clearFall(int best) {
        return Math.max(2, (best + 4) / 5);
    }

    /** Feeds one measurement; returns the notice it completes, if any. */
    public Optional<Notice> add(long step, int modesCaptured) {
        int best = recent.stream().mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE);
        boolean low = !recent.isEmpty() && modesCaptured <= best - clearFall(best);
        if (!low) {
            flushPending();
            remember(modesCaptured);
            return Optional.empty();
        }
        pending.add(modesCaptured);
        if (pending.size() < confirmations) {
            return Optional.empty();
        }
        Notice notice = new Notice(step, best, modesCaptured);
        notices.add(notice);
        pending.clear();
        recent.clear();
        remember(modesCaptured);
        return Optional.of(notice);
    }

    /** Every notice so far, oldest first. */
    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    /** The best modes captured the next measurement is compared with (empty before the first). */
    public Optional<Integer> recentBest() {
        return recent.stream().max(Integer::compare);
    }

    public void reset() {
        recent.clear();
        pending.clear();
        notices.clear();
    }

    private void flushPending() {
        pending.forEach(this::remember);
        pending.clear();
    }

    private void remember(int modes) {
        recent.addLast(modes);
        while (recent.size() > window) {
            recent.removeFirst();
        }
    }
}
