package org.generativa.ui.widgets;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Two areas side by side, the first taking a share of the width; when the region is narrower than a width given in
 * em (so it follows the zoom), the second goes below the first and the pair grows as tall as both need, for a scroll
 * pane around it to scroll.
 */
public class SideBySide extends Region {

    private final double firstShare;
    private final double breakEm;
    private final Text fontProbe = new Text();
    private Node first;
    private Node second;

    /**
     * @param firstShare the first area's share of the width when side by side
     * @param breakEm below this width, in em, the areas are stacked
     */
    public SideBySide(double firstShare, double breakEm) {
        this.firstShare = firstShare;
        this.breakEm = breakEm;
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().add(fontProbe);
    }

    protected final void setSides(Node first, Node second) {
        if (this.first != null) {
            getChildren().removeAll(this.first, this.second);
        }
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    private double em() {
        return fontProbe.getFont().getSize();
    }

    /**
     * Whether the areas are one above the other at {@code width}: below the break, or where side by side they cannot
     * both get their minimum width (one would draw over the other).
     */
    public boolean stacked(double width) {
        if (width < 0) {
            return false;
        }
        if (width < breakEm * em() || first == null) {
            return width < breakEm * em();
        }
        double[] widths = sideWidths(width);
        return widths[0] < first.minWidth(-1) || widths[1] < second.minWidth(-1);
    }

    private double gap() {
        return 1.2 * em();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(first.minWidth(-1), second.minWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? getWidth() : width;
        double inner = in.getTop() + in.getBottom();
        if (stacked(w)) {
            return inner + first.minHeight(innerWidth(w)) + gap() + second.minHeight(innerWidth(w));
        }
        double[] widths = sideWidths(w);
        return inner + Math.max(first.minHeight(widths[0]), second.minHeight(widths[1]));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + first.prefWidth(-1) + gap() + second.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    private double innerWidth(double width) {
        Insets in = getInsets();
        return Math.max(0, width - in.getLeft() - in.getRight());
    }

    /** The first area's share of the width, moved as far as needed (and possible) for each to get its minimum. */
    private double[] sideWidths(double width) {
        double inner = Math.max(0, innerWidth(width) - gap());
        double left = Math.round(inner * firstShare);
        if (first != null) {
            double lowest = first.minWidth(-1);
            double highest = inner - second.minWidth(-1);
            if (lowest <= highest) {
                left = Math.min(Math.max(left, lowest), highest);
            }
        }
        return new double[] {left, inner - left};
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth();
        double innerHeight = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        if (stacked(w)) {
            double width = innerWidth(w);
            double firstMin = first.minHeight(width);
            double secondMin = second.minHeight(width);
            double spare = Math.max(0, innerHeight - gap() - firstMin - secondMin);
            double firstHeight = firstMin + spare / 2;
            first.resizeRelocate(in.getLeft(), in.getTop(), width, firstHeight);
            second.resizeRelocate(in.getLeft(), in.getTop() + firstHeight + gap(), width,
                    Math.max(secondMin, innerHeight - firstHeight - gap()));
        } else {
            double[] widths = sideWidths(w);
            first.resizeRelocate(in.getLeft(), in.getTop(), widths[0], innerHeight);
            second.resizeRelocate(in.getLeft() + widths[0] + gap(), in.getTop(), widths[1], innerHeight);
        }
    }
}
