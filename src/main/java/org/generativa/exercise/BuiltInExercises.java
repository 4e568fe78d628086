package org.generativa.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The exercises that ship with the app: {@code resources/exercises/<id>.json}, in the order of {@code index.txt}. */
public final class BuiltInExercises {

    private static final String FOLDER = "/exercises/";

    private BuiltInExercises() {}

    /** The ids, in the order the app lists them. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ids.add(line.strip());
            }
        }
        return List.copyOf(ids);
    }

    /** The built-in exercise {@code id}, or null when there is none. */
    public static Exercise find(String id) {
        return ids().contains(id) ? ExerciseReader.read(resource(id + ".json"), id + ".json") : null;
    }

    public static List<Exercise> all() {
        return ids().stream().map(BuiltInExercises::find).toList();
    }

    private static String resource(String name) {
        try (InputStream in = BuiltInExercises.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The app lacks its built-in exercise file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
