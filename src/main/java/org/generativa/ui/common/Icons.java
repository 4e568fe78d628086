package org.generativa.ui.common;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon at the sizes window managers ask for. */
public final class Icons {

    private static final int[] SIZES = {16, 32, 64, 128, 256};

    private Icons() {}

    public static void apply(Stage stage) {
        for (int size : SIZES) {
            InputStream in = Icons.class.getResourceAsStream("/icons/generativa-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
