package org.generativa.metrics;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.generativa.common.AppPaths;
import org.generativa.common.AtomicFiles;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;
import org.generativa.nn.Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reference classifiers kept on disk, one folder per {@link DatasetFingerprint key}: the weights and a
 * JSON of {@link ClassifierInfo}. A folder whose files are missing, unreadable or made for other data is
 * ignored and its classifier trained again; a cache that cannot be written only costs the next start
 * another training run.
 */
public final class ClassifierCache {

    static final String WEIGHTS = "classifier.params";
    static final String METADATA = "classifier.json";
    private static final Logger LOG = LoggerFactory.getLogger(ClassifierCache.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final List<Path> shipped;

    public ClassifierCache(Path root) {
        this(root, List.of());
    }

    /** @param shipped read-only folders of classifiers that ship with the app, tried after {@code root} */
    public ClassifierCache(Path root, List<Path> shipped) {
        this.root = root;
        this.shipped = List.copyOf(shipped);
    }

    /** {@code <AppPaths.home()>/classifiers}. */
    public static ClassifierCache standard() {
        return new ClassifierCache(AppPaths.home().resolve("classifiers"));
    }

    /** {@code <AppPaths.home()>/classifiers}, then the classifiers shipped in {@code shipped} (when there is one). */
    public static ClassifierCache standard(Optional<Path> shipped) {
        return new ClassifierCache(AppPaths.home().resolve("classifiers"), shipped.stream().toList());
    }

    public Path root() {
        return root;
    }

    /** The folder the classifier for {@code data} trained with {@code options} lives in. */
    public Path directoryFor(ImageSet data, ClassifierOptions options) {
        ClassifierTrainer.requireUsable(data);
        return root.resolve(DatasetFingerprint.key(data, options));
    }

    /** The cached classifier with the default options, trained first when there is none. */
    public ReferenceClassifier obtain(ImageSet data, ClassifierProgress progress, BooleanSupplier cancelled) {
        return obtain(data, ClassifierOptions.DEFAULT, progress, cancelled);
    }

    /**
     * The cached classifier for {@code data}, or a newly trained one (then cached). Runs on the calling
     * thread. Training reseeds the engine's global random generator and sets the thread count for its
     * duration (restored after), so obtain the classifier before seeding a model that should be
     * reproducible.
     *
     * @throws org.generativa.common.InvalidInputException when {@code data} has no labels or an unsupported image shape
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true during training
     */
    public ReferenceClassifier obtain(ImageSet data, ClassifierOptions options, ClassifierProgress progress,
            BooleanSupplier cancelled) {
        ClassifierTrainer.requireUsable(data);
        String key = DatasetFingerprint.key(data, options);
        Optional<ReferenceClassifier> cached = load(data, key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ReferenceClassifier trained = ClassifierTrainer.train(data, key, options, progress, cancelled);
        store(trained, root.resolve(key));
        return trained;
    }

    /** The cached classifier for {@code data}, if a complete and matching one is on disk. */
    public Optional<ReferenceClassifier> load(ImageSet data, ClassifierOptions options) {
        ClassifierTrainer.requireUsable(data);
        return load(data, DatasetFingerprint.key(data, options));
    }

    private Optional<ReferenceClassifier> load(ImageSet data, String key) {
        Optional<ReferenceClassifier> found = load(data, key, root.resolve(key));
        for (int i = 0; i < shipped.size() && found.isEmpty(); i++) {
            found = load(data, key, shipped.get(i).resolve(key));
        }
        return found;
    }

    private Optional<ReferenceClassifier> load(ImageSet data, String key, Path directory) {
        Path metadata = directory.resolve(METADATA);
        if (!Files.isRegularFile(metadata)) {
            return Optional.empty();
        }
        ClassifierInfo info;
        try {
            Checksums.verify(directory);
            info = JSON.readValue(metadata.toFile(), ClassifierInfo.class);
        } catch (InvalidInputException e) {
            LOG.warn("Ignoring the cached classifier in {}, training it again: {}", directory, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Ignoring unreadable classifier metadata {}: {}", metadata, e.getMessage());
            return Optional.empty();
        }
        if (!matches(info, data, key)) {
            LOG.warn("Ignoring classifier in {}: it was made for other data or another format", directory);
            return Optional.empty();
        }
        NDManager manager = Engine.getEngine(Backend.ENGINE).newBaseManager();
        try (InputStream in = Files.newInputStream(directory.resolve(WEIGHTS))) {
            ClassifierNetwork network = new ClassifierNetwork(manager, data.itemShape(), info.classCount());
            ReferenceClassifier classifier =
                    new ReferenceClassifier(manager, network, data, HeldOutSplit.of(data.count()), info);
            classifier.loadWeights(in);
            return Optional.of(classifier);
        } catch (Exception e) {
            manager.close();
            LOG.warn("Ignoring classifier weights in {}: {}", directory, e.toString());
            return Optional.empty();
        }
    }

    private static boolean matches(ClassifierInfo info, ImageSet data, String key) {
        List<Integer> shape = Arrays.stream(data.itemShape()).boxed().toList();
        return info.formatVersion() == ClassifierInfo.FORMAT_VERSION && key.equals(info.key())
                && shape.equals(info.imageShape()) && data.labelNames().equals(info.classes());
    }

    /** Weights, then the metadata that marks the folder usable, then the checksums the next load verifies. */
    private static void store(ReferenceClassifier classifier, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(METADATA));
            Files.deleteIfExists(directory.resolve(Checksums.FILE));
            AtomicFiles.write(directory.resolve(WEIGHTS), classifier::saveWeights);
            byte[] info = JSON.writeValueAsBytes(classifier.info());
            AtomicFiles.write(directory.resolve(METADATA), out -> out.write(info));
            Checksums.seal(directory);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not cache the reference classifier in {}: {}", directory, e.toString());
        }
    }
}
