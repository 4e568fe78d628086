package org.generativa.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the window suggests saving: a Generativa folder in the user's documents. */
public final class UserFolders {

    private UserFolders() {}

    /** {@code ~/Documents/Generativa} (made when missing), or the home folder when that cannot be made. */
    public static Path saves() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = Files.isDirectory(home.resolve("Documents")) ? home.resolve("Documents") : home;
        Path folder = documents.resolve("Generativa");
        try {
            Files.createDirectories(folder);
            return folder;
        } catch (IOException e) {
            return home;
        }
    }
}
