package org.generativa.exercise;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataKind;

/**
 * A guided exercise as an instructor writes it: what to start from, which controls the student may not change or
 * see, and the steps to go through.
 *
 * @param title the title per language code (en always there)
 * @param text the introduction per language code
 * @param tab where it happens: gans, autoencoders, latent or lab
 * @param dataset a built-in dataset, or a downloadable one (mnist) with {@code offlineDataset} to use until it is here
 * @param offlineDataset the built-in data used while {@code dataset} is not on this computer, or null
 * @param settings the settings to start from, by command-line key, as text
 * @param locked controls the student cannot change: model, dataset or a setting's key
 * @param hidden controls the student does not see
 */
public record Exercise(String id, Map<String, String> title, Map<String, String> text, String tab, String model,
        String dataset, String offlineDataset, Map<String, String> settings, List<String> locked, List<String> hidden, List<ExerciseStep> steps) {

    /**
     * This exercise on this computer: as it is when {@code present} says its dataset is here, else on its offline
     * data.
     */
    public Exercise on(Predicate<String> present) {
        if (offlineDataset == null || present.test(dataset)) {
            return this;
        }
        return new Exercise(id, title, text, tab, model, offlineDataset, null, settings, locked, hidden, steps);
    }

    /** The kind of an exercise's {@code dataset}: a built-in set's own, else images (the downloadable sets). */
    public static DataKind kindOf(String dataset) {
        return BuiltInDatasets.has(dataset) ? BuiltInDatasets.entry(dataset).kind() : DataKind.IMAGES;
    }

    /** {@code texts} in {@code language}, in English where it has none. */
    public static String in(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.getOrDefault("en", ""));
    }
}
