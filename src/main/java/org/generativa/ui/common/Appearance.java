package org.generativa.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;

/**
 * Theme, zoom and the smoothing of training charts, remembered between launches. Zoom scales the root font size; every control,
 * chart label and spacing defined in em follows it, so the whole window grows for a projector.
 */
public final class Appearance {

    public static final int MIN_ZOOM = 70;
    public static final int MAX_ZOOM = 250;
    private static final int ZOOM_STEP = 10;
    private static final double BASE_FONT_PX = 13;
    private static final double BASE_ICON_PX = 16;
    public static final double DEFAULT_SMOOTHING = 0.9;
    public static final double MAX_SMOOTHING = 0.99;

    private final Preferences preferences;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final IntegerProperty zoom = new SimpleIntegerProperty(100);
    private final DoubleProperty chartSmoothing = new SimpleDoubleProperty();

    public Appearance(Preferences preferences) {
        this.preferences = preferences;
        dark.set(preferences.getBoolean("dark", false));
        zoom.set(clamp(preferences.getInt("zoom", 100)));
        dark.addListener((o, a, b) -> {
            applyTheme();
            preferences.putBoolean("dark", b);
        });
        zoom.addListener((o, a, b) -> preferences.putInt("zoom", b.intValue()));
        chartSmoothing.set(clampSmoothing(preferences.getDouble("chartSmoothing", DEFAULT_SMOOTHING)));
        chartSmoothing.addListener((o, a, b) -> preferences.putDouble("chartSmoothing", b.doubleValue()));
    }

    public static Appearance fromUserPreferences() {
        return new Appearance(Preferences.userNodeForPackage(Appearance.class));
    }

    /** Where the window's settings are kept; other views keep their own entries beside these. */
    public Preferences preferences() {
        return preferences;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty zoomProperty() {
        return zoom;
    }

    /** The weight of the past in the training charts' moving average: 0 draws the raw values alone. */
    public DoubleProperty chartSmoothingProperty() {
        return chartSmoothing;
    }

    public void zoomIn() {
        zoom.set(clamp(zoom.get() + ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(clamp(zoom.get() - ZOOM_STEP));
    }

    public void zoomReset() {
        zoom.set(100);
    }

    public void applyTheme() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Keeps {@code root}'s font size and theme class in step with the settings. */
    public void bind(Parent root) {
        root.getStylesheets().add(Appearance.class.getResource("/css/generativa.css").toExternalForm());
        String[] icons = {null};
        Runnable update = () -> {
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * zoom.get() / 100.0));
            root.getStylesheets().remove(icons[0]);
            icons[0] = iconSheet(zoom.get());
            root.getStylesheets().add(icons[0]);
            root.getStyleClass().remove("dark");
            if (dark.get()) {
                root.getStyleClass().add("dark");
            }
        };
        zoom.addListener((o, a, b) -> update.run());
        dark.addListener((o, a, b) -> update.run());
        update.run();
    }

    /**
     * Icons grow with the zoom like the text. Their size cannot be given in em (an icon's em is its own size), so it
     * comes from a one-rule stylesheet made for the zoom.
     */
    private static String iconSheet(int zoom) {
        String css = String.format(Locale.ROOT, ".ikonli-font-icon { -fx-icon-size: %.0fpx; }", BASE_ICON_PX * zoom / 100.0);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static double clampSmoothing(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(MAX_SMOOTHING, value)) : DEFAULT_SMOOTHING;
    }

    private static int clamp(int value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }
}
