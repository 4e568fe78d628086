package org.generativa.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/** Shows a sample grid at the largest integer zoom that fits, without smoothing, so pixels stay crisp. */
public final class SampleImageView extends Region {

    private final ImageView view = new ImageView();
    private final List<Label> rowLabels = new ArrayList<>();
    private WritableImage image;
    private int cellSize;
    private long updates;

    private static final double LABEL_GAP = 6;

    public SampleImageView() {
        view.setSmooth(false);
        view.setPreserveRatio(true);
        getChildren().add(view);
        getStyleClass().add("sample-image");
        setMinSize(0, 0);
    }

    public void show(ImageGrid grid) {
        if (image == null || image.getWidth() != grid.width() || image.getHeight() != grid.height()) {
            image = new WritableImage(grid.width(), grid.height());
            view.setImage(image);
            requestLayout();
        }
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(),
                PixelFormat.getByteBgraPreInstance(), grid.bgra(), 0, grid.width() * 4);
        cellSize = grid.cellSize();
        List<String> captions = grid.rowLabels().stream().map(SampleImageView::caption).toList();
        if (!captions.equals(rowLabels.stream().map(Label::getText).toList())) {
            getChildren().removeAll(rowLabels);
            rowLabels.clear();
            for (String text : captions) {
                Label label = new Label(text);
                label.getStyleClass().add("row-label");
                rowLabels.add(label);
            }
            getChildren().addAll(rowLabels);
            requestLayout();
        }
        updates++;
    }

    /** A row's caption in the reader's language where it is a word of the app's (a class name stays as it is). */
    private static String caption(String rowLabel) {
        return I18n.getOr("grid.row." + rowLabel, rowLabel);
    }

    /** Shows nothing. */
    public void clear() {
        image = null;
        view.setImage(null);
        getChildren().removeAll(rowLabels);
        rowLabels.clear();
        requestLayout();
    }

    /** How many grids have been shown (tests use it to see that samples change). */
    public long updates() {
        return updates;
    }

    public WritableImage image() {
        return image;
    }

    @Override
    protected void layoutChildren() {
        if (image == null) {
            return;
        }
        double w = image.getWidth();
        double h = image.getHeight();
        double margin = 0;
        for (Label label : rowLabels) {
            margin = Math.max(margin, label.prefWidth(-1) + LABEL_GAP);
        }
        double fit = Math.min((getWidth() - margin) / w, getHeight() / h);
        // Whole-number zoom keeps every pixel the same size; take it unless it wastes a quarter of the room.
        double scale = Math.floor(fit) >= 0.75 * fit ? Math.floor(fit) : fit;
        view.setFitWidth(w * scale);
        view.setFitHeight(h * scale);
        double x = Math.floor(margin + (getWidth() - margin - w * scale) / 2);
        double y = Math.floor((getHeight() - h * scale) / 2);
        view.relocate(x, y);
        double row = (cellSize + GridRenderer.GUTTER) * scale;
        for (int r = 0; r < rowLabels.size(); r++) {
            Label label = rowLabels.get(r);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(-1);
            label.resizeRelocate(x - lw - LABEL_GAP, y + GridRenderer.GUTTER * scale + r * row + (cellSize * scale - lh) / 2, lw, lh);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return image == null ? 256 : image.getWidth() * 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return image == null ? 256 : image.getHeight() * 2;
    }
}
