package org.generativa.models;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.generativa.run.RunCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the pretrained models that ship with Generativa: the {@code models} folder of a checkout, or the one
 * inside an installed app. Each model is a run folder ({@code config.json} and {@code checkpoint/}) with an
 * optional {@value #ABOUT_FILE} giving its {@code name}, {@code description} and {@code order} (a number: the
 * place in lists; models without one come last, by name).
 *
 * <p>The folder is the first of these that holds at least one run folder:
 * <ol>
 *   <li>the system property {@value #FOLDER_PROPERTY}, if set (then nothing else is tried);</li>
 *   <li>next to the native launcher that jpackage sets in {@value #LAUNCHER_PROPERTY}:
 *       {@code <root>/lib/app/models} on Linux ({@code <root>/bin/Generativa}),
 *       {@code Generativa.app/Contents/app/models} on macOS ({@code Contents/MacOS/Generativa}),
 *       {@code <root>/app/models} on Windows ({@code <root>/Generativa.exe});</li>
 *   <li>{@code models} in the folder holding Generativa's jar (or classes), or one or two folders above it:
 *       {@code lib/app/models} of an app image, {@code models} of a checkout beside {@code target/}.</li>
 * </ol>
 */
public final class BundledModels {

    /** Overrides where the bundled models are looked for. */
    public static final String FOLDER_PROPERTY = "generativa.models";
    /** Set by jpackage's launcher to the launcher's own path. */
    public static final String LAUNCHER_PROPERTY = "jpackage.app-path";
    public static final String FOLDER_NAME = "models";
    public static final String ABOUT_FILE = "model.properties";
    /** The folder of shipped reference classifiers inside the models folder (not a model itself). */
    public static final String CLASSIFIERS = "classifiers";

    private static final Logger LOG = LoggerFactory.getLogger(BundledModels.class);

    private BundledModels() {}

    /** The bundled models in their order; empty when none are found (never an error). */
    public static List<BundledModel> list() {
        return folder().map(BundledModels::list).orElse(List.of());
    }

    /** The reference classifiers that ship beside the models (for the built-in labelled datasets), if any. */
    public static Optional<Path> classifiers() {
        return folder().map(models -> models.resolve(CLASSIFIERS)).filter(Files::isDirectory);
    }

    /** The folder the bundled models are in, if one is found. */
    public static Optional<Path> folder() {
        return find(candidates(System.getProperty(FOLDER_PROPERTY), System.getProperty(LAUNCHER_PROPERTY), codeLocation()));
    }

    /** The first candidate that holds at least one run folder. */
    static Optional<Path> find(List<Path> candidates) {
        Optional<Path> found = candidates.stream().filter(BundledModels::holdsRuns).findFirst();
        LOG.debug("Bundled models in {} (looked in {})", found.orElse(null), candidates);
        return found;
    }

    /** Where to look, in order; any argument may be null. */
    static List<Path> candidates(String configured, String launcher, Path codeLocation) {
        if (configured != null && !configured.isBlank()) {
            return List.of(Path.of(configured).toAbsolutePath().normalize());
        }
        Set<Path> candidates = new LinkedHashSet<>();
        if (launcher != null && !launcher.isBlank()) {
            Path bin = Path.of(launcher).toAbsolutePath().getParent();
            if (bin != null) {
                Path root = bin.getParent();
                if (root != null) {
                    candidates.add(root.resolve("lib").resolve("app").resolve(FOLDER_NAME));
                    candidates.add(root.resolve("app").resolve(FOLDER_NAME));
                }
                candidates.add(bin.resolve("app").resolve(FOLDER_NAME));
            }
        }
        if (codeLocation != null) {
            Path folder = Files.isRegularFile(codeLocation) ? codeLocation.getParent() : codeLocation;
            for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
                candidates.add(folder.resolve(FOLDER_NAME));
            }
        }
        return candidates.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** The run folders directly inside {@code folder}, in their order. */
    public static List<BundledModel> list(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path dir : children.filter(BundledModels::isRun).toList()) {
                entries.add(describe(dir));
            }
        } catch (IOException e) {
            LOG.warn("Could not list the bundled models in {}", folder, e);
            return List.of();
        }
        entries.sort(Comparator.comparingInt(Entry::order)
                .thenComparing(e -> e.model().name().toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.model().id()));
        return entries.stream().map(Entry::model).toList();
    }

    private record Entry(BundledModel model, int order) {}

    private static Entry describe(Path dir) {
        String id = dir.getFileName().toString();
        Properties about = new Properties();
        Path file = dir.resolve(ABOUT_FILE);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                about.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring the unreadable {}", file, e);
            }
        }
        String name = about.getProperty("name", "").strip();
        int order;
        try {
            order = Integer.parseInt(about.getProperty("order", "").strip());
        } catch (NumberFormatException e) {
            order = Integer.MAX_VALUE;
        }
        return new Entry(new BundledModel(id, name.isEmpty() ? id : name, about.getProperty("description", "").strip(), dir), order);
    }

    private static boolean holdsRuns(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(BundledModels::isRun);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** A folder that {@code train --out} wrote: its config and its weights. */
    private static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunCheckpoint.CONFIG_FILE)) && Files.isDirectory(dir.resolve(RunCheckpoint.CHECKPOINT_FOLDER));
    }

    private static Path codeLocation() {
        try {
            CodeSource source = BundledModels.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
