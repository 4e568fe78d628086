package org.generativa.exercise;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.generativa.common.InvalidInputException;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.run.ModelFamilies;

/**
 * Reads an exercise from its JSON text and checks everything an instructor can get wrong: the JSON itself, missing
 * or unknown keys, texts without English, a model, dataset, setting or control the app does not have, a check on a
 * value the model does not report, impossible ranges and answers. Each problem is one sentence naming the file and
 * the key (or the line, for broken JSON).
 */
public final class ExerciseReader {

    /** The format this reader understands. */
    public static final int FORMAT = 1;
    public static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "el");
    public static final Set<String> TABS = Set.of("gans", "autoencoders", "latent", "lab");
    /** The built-in data whose modes are known, so that a GAN's samples can be said to capture them. */
    private static final Set<String> MIXTURES = Set.of("ring8", "grid25");
    /** Longest accepted exercise text, in characters. */
    public static final int MAX_CHARS = 1_000_000;
    /** Files larger than this are no exercise. */
    public static final long MAX_BYTES = 4L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROOT_KEYS = Set.of("format", "id", "title", "text", "tab", "model", "dataset", "offline_dataset",
            "settings", "locked", "hidden", "steps");
    private static final Set<String> STEP_KEYS = Set.of("text", "settings", "question", "check");
    private static final Set<String> QUESTION_KEYS = Set.of("text", "choices", "answer");
    private static final Set<String> CHECK_KEYS = Set.of("metric", "relative_to", "min", "max", "for_steps", "from_step");

    private final String file;

    private ExerciseReader(String file) {
        this.file = file;
    }

    /** The exercise in {@code file} (UTF-8), refused in one sentence when it is too large or cannot be read. */
    public static Exercise readFile(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InvalidInputException.of("exercise.tooLong", name, String.valueOf(MAX_BYTES));
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw InvalidInputException.of(e, "exercise.unreadable", name, e.getMessage());
        }
    }

    /** The exercise in {@code json}; {@code file} names it in every sentence. */
    public static Exercise read(String json, String file) {
        return new ExerciseReader(file).exercise(json);
    }

    private Exercise exercise(String json) {
        if (json.length() > MAX_CHARS) {
            throw refused("exercise.tooLong", String.valueOf(MAX_CHARS));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw InvalidInputException.of(e, "exercise.syntax", file, at == null ? "?" : String.valueOf(at.getLineNr()),
                    at == null ? "?" : String.valueOf(at.getColumnNr()), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw refused("exercise.notObject");
        }
        onlyKeys(root, ROOT_KEYS, "");
        int format = integer(root, "format", FORMAT);
        if (format != FORMAT) {
            throw refused("exercise.format", String.valueOf(format), String.valueOf(FORMAT));
        }
        String id = text(required(root, "id"), "id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw refused("exercise.id", id);
        }
        Map<String, String> title = texts(required(root, "title"), "title");
        Map<String, String> intro = root.has("text") ? texts(root.get("text"), "text") : Map.of("en", "");
        String tab = root.has("tab") ? text(root.get("tab"), "tab") : "gans";
        if (!TABS.contains(tab)) {
            throw refused("exercise.tab", tab, String.join(", ", List.of("gans", "autoencoders", "latent", "lab")));
        }
        String model = text(required(root, "model"), "model");
        ModelFamily<?> family = ModelFamilies.ofModel(model).orElseThrow(
                () -> refused("exercise.model", model, String.join(", ", ModelFamilies.modelNames())));
        String dataset = text(required(root, "dataset"), "dataset");
        boolean downloadable = DatasetCatalog.standard().find(dataset).isPresent();
        if (!downloadable && !BuiltInDatasets.has(dataset)) {
            throw refused("exercise.dataset", dataset, String.join(", ", BuiltInDatasets.names()));
        }
        String offline = root.has("offline_dataset") ? text(root.get("offline_dataset"), "offline_dataset") : null;
        if (downloadable && offline == null) {
            throw refused("exercise.offlineMissing", dataset);
        }
        if (offline != null && (!BuiltInDatasets.has(offline) || BuiltInDatasets.entry(offline).kind() != DataKind.IMAGES)) {
            throw refused("exercise.offlineDataset", offline);
        }
        Map<String, String> settings = settings(root.get("settings"), "settings");
        Map<String, String> current = new LinkedHashMap<>(settings);
        List<String> locked = controls(root.get("locked"), "locked", family);
        List<String> hidden = controls(root.get("hidden"), "hidden", family);
        JsonNode stepsNode = required(root, "steps");
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            throw refused("exercise.noSteps");
        }
        List<ExerciseStep> steps = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
            steps.add(step(stepsNode.get(i), "steps[" + i + "]", family, model, dataset, current));
        }
        return new Exercise(id, title, intro, tab, model, dataset, downloadable ? offline : null, settings, locked, hidden,
                List.copyOf(steps));
    }

    private Map<String, String> settings(JsonNode node, String where) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (node == null) {
            return settings;
        }
        if (!node.isObject()) {
            throw refused("exercise.notAnObject", where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw refused("exercise.settingValue", where.equals("settings") ? e.getKey() : where + "." + e.getKey());
            }
            settings.put(e.getKey(), v.asText());
        }
        return settings;
    }

    /**
     * The values a check can ask of the configured model: its step values, and what is measured now and then on its
     * data (the classifier's scores on labelled images, modes on a mixture in the plane, for GANs). Tries every
     * setting on the way (a refused one is named by its key).
     */
    private <C> List<String> metricNames(ModelFamily<C> family, String model, String dataset, Map<String, String> settings,
            Map<String, String> stepChanges, String step) {
        DataSpec spec = DataSpec.of(dataset);
        DataKind kind = Exercise.kindOf(dataset);
        C config = family.defaults(model, spec, kind);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String where = (stepChanges.containsKey(e.getKey()) ? step + ".settings." : "settings.") + e.getKey();
            try {
                config = family.applySetting(config, e.getKey(), e.getValue(), model, where);
            } catch (InvalidInputException refused) {
                throw InvalidInputException.of(refused, "exercise.setting", file, where, refused.getMessage());
            }
        }
        List<String> names = new ArrayList<>(family.metricNames(config));
        if (family == GanFamily.INSTANCE) {
            if (kind == DataKind.IMAGES) {
                names.addAll(List.of(MeasuredValues.RECOGNISABLE, MeasuredValues.CLASS_KL, MeasuredValues.CLASSES_CAPTURED));
                if (GanModelKind.fromCliName(model).conditional()) {
                    names.add(MeasuredValues.COND_ACCURACY);
                }
            } else if (MIXTURES.contains(dataset)) {
                names.addAll(List.of(MeasuredValues.MODES_CAPTURED, MeasuredValues.HQ_FRACTION));
            }
        }
        return names;
    }

    private List<String> controls(JsonNode node, String key, ModelFamily<?> family) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (!node.isArray()) {
            throw refused("exercise.notAList", key);
        }
        List<String> known = new ArrayList<>(List.of("model", "dataset"));
        known.addAll(family.optionKeys());
        for (JsonNode item : node) {
            String name = item.asText();
            if (!item.isTextual() || !known.contains(name)) {
                throw refused("exercise.control", key, item.toString(), String.join(", ", known));
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** A step; {@code current} holds the settings so far and takes the step's own. */
    private ExerciseStep step(JsonNode node, String where, ModelFamily<?> family, String model, String dataset,
            Map<String, String> current) {
        if (!node.isObject()) {
            throw refused("exercise.notAnObject", where);
        }
        onlyKeys(node, STEP_KEYS, where + ".");
        Map<String, String> text = texts(required(node, "text", where + "."), where + ".text");
        Map<String, String> changes = settings(node.get("settings"), where + ".settings");
        current.putAll(changes);
        List<String> metrics = metricNames(family, model, dataset, current, changes, where);
        Question question = node.has("question") ? question(node.get("question"), where + ".question") : null;
        LiveCheck check = node.has("check") ? check(node.get("check"), where + ".check", metrics, model) : null;
        return new ExerciseStep(text, Collections.unmodifiableMap(changes), question, check);
    }

    private Question question(JsonNode node, String where) {
        if (!node.isObject()) {
            throw refused("exercise.notAnObject", where);
        }
        onlyKeys(node, QUESTION_KEYS, where + ".");
        Map<String, String> text = texts(required(node, "text", where + "."), where + ".text");
        List<Map<String, String>> choices = new ArrayList<>();
        JsonNode list = node.get("choices");
        if (list != null) {
            if (!list.isArray() || list.size() < 2) {
                throw refused("exercise.choices", where + ".choices");
            }
            for (int i = 0; i < list.size(); i++) {
                choices.add(texts(list.get(i), where + ".choices[" + i + "]"));
            }
        }
        int answer = integer(node, "answer", -1, where + ".");
        if (answer != -1 && (choices.isEmpty() || answer < 0 || answer >= choices.size())) {
            throw refused("exercise.answer", where + ".answer", String.valueOf(answer), String.valueOf(choices.size()));
        }
        return new Question(text, List.copyOf(choices), answer);
    }

    private LiveCheck check(JsonNode node, String where, List<String> metrics, String model) {
        if (!node.isObject()) {
            throw refused("exercise.notAnObject", where);
        }
        onlyKeys(node, CHECK_KEYS, where + ".");
        String metric = text(required(node, "metric", where + "."), where + ".metric");
        String relativeTo = node.has("relative_to") ? text(node.get("relative_to"), where + ".relative_to") : null;
        for (String name : relativeTo == null ? List.of(metric) : List.of(metric, relativeTo)) {
            if (!metrics.contains(name)) {
                throw refused("exercise.metric", where, model, name, String.join(", ", metrics));
            }
        }
        if (relativeTo != null && (MeasuredValues.isMeasured(metric) || MeasuredValues.isMeasured(relativeTo))) {
            throw refused("exercise.measuredRelative", where + ".relative_to", metric, relativeTo);
        }
        double min = number(node, "min", where);
        double max = number(node, "max", where);
        if (Double.isNaN(min) && Double.isNaN(max) || min > max) {
            throw refused("exercise.range", where, String.valueOf(min), String.valueOf(max));
        }
        int forSteps = integer(node, "for_steps", 1, where + ".");
        if (forSteps < 1 || forSteps > 1_000_000) {
            throw refused("exercise.forSteps", where + ".for_steps", String.valueOf(forSteps));
        }
        int fromStep = integer(node, "from_step", 0, where + ".");
        if (fromStep < 0) {
            throw refused("exercise.fromStep", where + ".from_step", String.valueOf(fromStep));
        }
        return new LiveCheck(metric, relativeTo, min, max, forSteps, fromStep);
    }

    private Map<String, String> texts(JsonNode node, String where) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isTextual()) {
            texts.put("en", node.asText());
            return texts;
        }
        if (!node.isObject()) {
            throw refused("exercise.notText", where);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!LANGUAGES.contains(e.getKey())) {
                throw refused("exercise.language", where, e.getKey());
            }
            if (!e.getValue().isTextual()) {
                throw refused("exercise.notText", where + "." + e.getKey());
            }
            texts.put(e.getKey(), e.getValue().asText());
        }
        if (!texts.containsKey("en") || texts.get("en").isBlank()) {
            throw refused("exercise.noEnglish", where);
        }
        return texts;
    }

    private void onlyKeys(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw refused("exercise.unknownKey", prefix + key, String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private JsonNode required(JsonNode node, String key) {
        return required(node, key, "");
    }

    private JsonNode required(JsonNode node, String key, String prefix) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw refused("exercise.missing", prefix + key);
        }
        return value;
    }

    private String text(JsonNode node, String where) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw refused("exercise.notText", where);
        }
        return node.asText();
    }

    private int integer(JsonNode node, String key, int absent) {
        return integer(node, key, absent, "");
    }

    private int integer(JsonNode node, String key, int absent, String prefix) {
        JsonNode value = node.get(key);
        if (value == null) {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw refused("exercise.notInteger", prefix + key, value.toString());
        }
        return value.intValue();
    }

    private double number(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Double.NaN;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw refused("exercise.notNumber", where + "." + key, value.toString());
        }
        return value.doubleValue();
    }

    private InvalidInputException refused(String key, String... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = file;
        System.arraycopy(args, 0, all, 1, args.length);
        return InvalidInputException.of(key, all);
    }
}
