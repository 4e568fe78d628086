package org.generativa.ui.latent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.latent.Interpolation;
import org.generativa.latent.LatentExports;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/** A path from code A to code B: its frames as a strip and as an animation that goes there and back, exportable as PNG and GIF. */
public final class InterpolationViewModel {

    static final double MIN_LOOP_SECONDS = 1;
    static final double MAX_LOOP_SECONDS = 12;
    /** Shortest time a frame shows (a GIF counts in hundredths of a second). */
    static final int MIN_FRAME_MILLIS = 20;

    private final LatentTabViewModel explorer;
    private final CodeSlot a;
    private final CodeSlot b;
    private final ObjectProperty<Interpolation.Kind> kind = new SimpleObjectProperty<>(Interpolation.Kind.SPHERICAL);
    private final IntegerProperty frames = new SimpleIntegerProperty(10);
    private final DoubleProperty loopSeconds = new SimpleDoubleProperty(4);
    private final ObjectProperty<ImageGrid> strip = new SimpleObjectProperty<>();
    private final ObjectProperty<List<ImageGrid>> animation = new SimpleObjectProperty<>(List.of());

    InterpolationViewModel(LatentTabViewModel explorer) {
        this.explorer = explorer;
        this.a = new CodeSlot(explorer, 11);
        this.b = new CodeSlot(explorer, 12);
        a.codeProperty().addListener((o, x, y) -> computeWhenReady());
        b.codeProperty().addListener((o, x, y) -> computeWhenReady());
    }

    private void computeWhenReady() {
        if (ready()) {
            compute();
        }
    }

    /** Gives empty slots a first pair (two held-out images, or two samples). */
    void prefill() {
        a.prefill(0);
        b.prefill(1);
    }

    CodeSlot a() {
        return a;
    }

    CodeSlot b() {
        return b;
    }

    ObjectProperty<Interpolation.Kind> kindProperty() {
        return kind;
    }

    /** How long the animation takes from A to B and back, in seconds, on screen and in the GIF. */
    public DoubleProperty loopSecondsProperty() {
        return loopSeconds;
    }

    /** How long each frame of a loop of {@code loopFrames} shows for the loop to last {@code seconds}. */
    static int frameMillis(int loopFrames, double seconds) {
        return Math.max(MIN_FRAME_MILLIS, (int) Math.round(seconds * 1000 / Math.max(1, loopFrames)));
    }

    int frameMillis() {
        return frameMillis(animation.get().size(), loopSeconds.get());
    }

    public IntegerProperty framesProperty() {
        return frames;
    }

    public ReadOnlyObjectProperty<ImageGrid> stripProperty() {
        return strip;
    }

    public ReadOnlyObjectProperty<List<ImageGrid>> animationProperty() {
        return animation;
    }

    boolean ready() {
        return a.code() != null && b.code() != null;
    }

    void compute() {
        if (!ready()) {
            explorer.report(I18n.get("latent.interpolation.pickBoth"));
            return;
        }
        float[] from = a.code();
        float[] to = b.code();
        int count = frames.get();
        Interpolation.Kind path = kind.get();
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.interpolation", model -> {
            Interpolation.Strip computed = Interpolation.strip(model, from, to, count, path, cls);
            return new Result(computed.strip(), Interpolation.frames(model, computed));
        }, result -> {
            strip.set(result.strip());
            animation.set(thereAndBack(result.frames()));
        });
    }

    /** The frames from A to B and back without repeating the ends, so that a loop never jumps. */
    static List<ImageGrid> thereAndBack(List<ImageGrid> frames) {
        List<ImageGrid> loop = new ArrayList<>(frames);
        for (int i = frames.size() - 2; i > 0; i--) {
            loop.add(frames.get(i));
        }
        return loop;
    }

    private record Result(ImageGrid strip, List<ImageGrid> frames) {}

    void clear() {
        a.clear();
        b.clear();
        strip.set(null);
        animation.set(List.of());
    }

    void exportPng(Path file) throws IOException {
        LatentExports.writePng(strip.get(), file, LatentExports.DEFAULT_SCALE);
    }

    void exportGif(Path file) throws IOException {
        LatentExports.writeGif(animation.get(), file, frameMillis(), LatentExports.DEFAULT_SCALE);
    }
}
