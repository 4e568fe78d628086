package org.generativa.ui.lab;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The lab's runs and its over-time chart: the chart goes to the right of the runs or below them, whichever leaves the
 * runs' canvases larger, and the canvases take the rest of the space.
 */
final class LabArea extends Region {

    private static final double PANEL_PADDING_EM = 1.2;
    private static final double MIN_CHART_WIDTH_EM = 20;
    private static final double MIN_CHART_HEIGHT_EM = 11;
    /** The smallest canvas side the area keeps before it asks to scroll, in em. */
    private static final double MIN_CANVAS_EM = 10;

    private final Node runs;
    private final Node chart;
    private final Text fontProbe = new Text();
    private int runCount = 1;
    private boolean chartRight;

    LabArea(Node runs, Node chart) {
        this.runs = runs;
        this.chart = chart;
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().addAll(fontProbe, runs, chart);
        getStyleClass().add("lab-area");
    }

    /** Takes the runs out to be shown elsewhere (presentation mode); {@link #takeBackRuns} returns them. */
    Node lendRuns() {
        getChildren().remove(runs);
        return runs;
    }

    void takeBackRuns() {
        if (!getChildren().contains(runs)) {
            getChildren().add(runs);
        }
    }

    void setRunCount(int count) {
        runCount = Math.max(1, count);
        requestLayout();
    }

    /** Whether the chart stands to the right of the runs (else below them). */
    boolean chartRight() {
        return chartRight;
    }

    private double em() {
        return fontProbe.getFont().getSize();
    }

    private int columns() {
        return runCount <= 1 ? 1 : 2;
    }

    private int rows() {
        return (runCount + columns() - 1) / columns();
    }

    /** The runs' width with the chart to the right. */
    private double runsWidthBesideChart(double width) {
        return width - MIN_CHART_WIDTH_EM * em() - em();
    }

    /**
     * Height of a row of run panels besides its canvas (title, numbers, notice, per-mode bars) when the runs are
     * {@code runsWidth} wide: the panels' own minimum, whose canvases ask for nothing, so it follows the texts as
     * they wrap in any language and zoom.
     */
    private double chrome(double runsWidth) {
        return runs.minHeight(Math.max(0, runsWidth)) / rows();
    }

    /** The side of each run's canvas with the chart to the right, and with it below. */
    double[] canvasSides(double width, double height) {
        double em = em();
        double padding = PANEL_PADDING_EM * em;
        double beside = runsWidthBesideChart(width);
        double right = Math.min(beside / columns() - padding, height / rows() - chrome(beside));
        double below = Math.min(width / columns() - padding,
                (height - MIN_CHART_HEIGHT_EM * em - em) / rows() - chrome(width));
        return new double[] {right, below};
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double em = em();
        if (!getChildren().contains(runs)) {
            chart.resizeRelocate(x, y, w, h);
            return;
        }
        double[] sides = canvasSides(w, h);
        // The panels never get narrower than their titles and numbers, so the chart goes beside them only where that
        // leaves it its own width.
        double runsMin = runs.minWidth(-1);
        chartRight = sides[0] >= sides[1] && runsMin <= runsWidthBesideChart(w);
        if (chartRight) {
            double side = Math.max(0, sides[0]);
            double runsWidth = Math.max(runsMin, Math.min(runsWidthBesideChart(w), columns() * (side + PANEL_PADDING_EM * em)));
            runs.resizeRelocate(x, y, runsWidth, h);
            chart.resizeRelocate(x + runsWidth + em, y, w - runsWidth - em, h);
        } else {
            double side = Math.max(0, sides[1]);
            double runsHeight = Math.min(h - MIN_CHART_HEIGHT_EM * em - em, rows() * (side + chrome(w)));
            runs.resizeRelocate(x, y, w, runsHeight);
            chart.resizeRelocate(x, y + runsHeight + em, w, h - runsHeight - em);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 30 * em();
    }

    /**
     * Room for canvases of at least {@link #MIN_CANVAS_EM} with the chart beside the runs or below them, whichever
     * needs less height (beside only where the width leaves such canvases).
     */
    @Override
    protected double computeMinHeight(double width) {
        double w = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        double needed = 0;
        if (getChildren().contains(runs) && w > 0) {
            double em = em();
            double canvas = MIN_CANVAS_EM * em;
            double padding = PANEL_PADDING_EM * em;
            double below = rows() * (chrome(w) + canvas) + MIN_CHART_HEIGHT_EM * em + em;
            double beside = runsWidthBesideChart(w) / columns() - padding >= canvas
                    ? rows() * (chrome(runsWidthBesideChart(w)) + canvas) : Double.MAX_VALUE;
            needed = Math.min(below, beside);
        }
        return snappedTopInset() + snappedBottomInset() + Math.max(26 * em(), needed);
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }
}
