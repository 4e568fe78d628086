package org.generativa.exercise;

import java.util.List;
import java.util.Map;

/**
 * A guided exercise as an instructor writes it: what to start from, which controls the student may not change or
 * see, and the steps to go through.
 *
 * @param title the title per language code (en always there)
 * @param text the introduction per language code
 * @param tab where it happens: gans, autoencoders, latent or lab
 * @param settings the settings to start from, by command-line key, as text
 * @param locked controls the student cannot change: model, dataset or a setting's key
 * @param hidden controls the student does not see
 */
public record Exercise(String id, Map<String, String> title, Map<String, String> text, String tab, String model,
        String dataset, Map<String, String> settings, List<String> locked, List<String> hidden, List<ExerciseStep> steps) {

    /** {@code texts} in {@code language}, in English where it has none. */
    public static String in(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.getOrDefault("en", ""));
    }
}
