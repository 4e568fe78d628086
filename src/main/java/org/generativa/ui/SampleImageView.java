package org.generativa.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.generativa.train.ImageGrid;

/** Shows a sample grid at the largest integer zoom that fits, without smoothing, so pixels stay crisp. */
final class SampleImageView extends Region {

    private final ImageView view = new ImageView();
    private WritableImage image;
    private long updates;

    SampleImageView() {
        view.setSmooth(false);
        view.setPreserveRatio(true);
        getChildren().add(view);
        getStyleClass().add("sample-image");
        setMinSize(0, 0);
    }

    void show(ImageGrid grid) {
        if (image == null || image.getWidth() != grid.width() || image.getHeight() != grid.height()) {
            image = new WritableImage(grid.width(), grid.height());
            view.setImage(image);
            requestLayout();
        }
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(),
                PixelFormat.getByteBgraPreInstance(), grid.bgra(), 0, grid.width() * 4);
        updates++;
    }

    /** How many grids have been shown (tests use it to see that samples change). */
    long updates() {
        return updates;
    }

    WritableImage image() {
        return image;
    }

    @Override
    protected void layoutChildren() {
        if (image == null) {
            return;
        }
        double w = image.getWidth();
        double h = image.getHeight();
        double fit = Math.min(getWidth() / w, getHeight() / h);
        // Whole-number zoom keeps every pixel the same size; take it unless it wastes a quarter of the room.
        double scale = Math.floor(fit) >= 0.75 * fit ? Math.floor(fit) : fit;
        view.setFitWidth(w * scale);
        view.setFitHeight(h * scale);
        view.relocate(Math.floor((getWidth() - w * scale) / 2), Math.floor((getHeight() - h * scale) / 2));
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
