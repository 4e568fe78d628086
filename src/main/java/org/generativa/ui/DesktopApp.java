package org.generativa.ui;

import javafx.application.Application;
import javafx.stage.Stage;

public final class DesktopApp extends Application {
    public static void start(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Generativa");
        stage.show();
    }
}
