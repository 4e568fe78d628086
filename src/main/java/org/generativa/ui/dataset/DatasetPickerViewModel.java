package org.generativa.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.generativa.common.InvalidInputException;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.DatasetSummary;
import org.generativa.data.ImageFolderDataset;
import org.generativa.data.SkippedFile;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DatasetDownloader;
import org.generativa.data.download.DownloadJob;
import org.generativa.data.download.DownloadListener;
import org.generativa.data.download.DownloadProgress;
import org.generativa.data.download.DownloadableDataset;
import org.generativa.ui.common.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the dataset picker. Loading, importing and summarising run on one background thread,
 * never on the UI thread or the ML thread; a failure becomes one sentence in {@link #errorProperty}
 * and changes nothing else.
 */
public final class DatasetPickerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetPickerViewModel.class);
    private static final String RECENT_KEY = "recentDatasets";
    private static final int RECENT_MAX = 8;

    private final ObservableList<DatasetChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetChoice> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetSummary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SkippedFile>> skipped = new SimpleObjectProperty<>(List.of());
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final IntegerProperty importSize = new SimpleIntegerProperty(DataSpec.DEFAULT_IMAGE_SIZE);
    private final ObjectProperty<ColorMode> importColor = new SimpleObjectProperty<>(ColorMode.AUTO);
    private final ObjectProperty<DownloadableDataset> downloadable = new SimpleObjectProperty<>();
    private final BooleanProperty downloading = new SimpleBooleanProperty();
    private final DoubleProperty downloadProgress = new SimpleDoubleProperty();
    private final StringProperty downloadStatus = new SimpleStringProperty();
    private final DatasetCatalog catalog;
    private final DatasetDownloader downloader;
    private final DatasetLoader loader;
    private final Preferences preferences;
    private final Executor uiThread;
    private DownloadJob job;
    private final ExecutorService transfers = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "generativa-download");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "generativa-io");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean cancelRequested;
    private long generation;

    public DatasetPickerViewModel(Preferences preferences, DataSpec current) {
        this(preferences, current, DatasetCatalog.standard(), DatasetDownloader.standard(), Platform::runLater);
    }

    /** @param uiThread where results of the loading and download threads are handed over (the JavaFX thread) */
    public DatasetPickerViewModel(Preferences preferences, DataSpec current, DatasetCatalog catalog, DatasetDownloader downloader,
            Executor uiThread) {
        this.uiThread = uiThread;
        this.preferences = preferences;
        this.catalog = catalog;
        this.downloader = downloader;
        this.loader = new DatasetLoader(catalog, downloader.cache());
        BuiltInDatasets.entries().forEach(e -> choices.add(new DatasetChoice(DataSpec.of(e.name()), DatasetChoice.Origin.BUILT_IN)));
        catalog.entries().forEach(e -> choices.add(new DatasetChoice(DataSpec.of(e.name()), DatasetChoice.Origin.DOWNLOAD)));
        for (DataSpec spec : recent()) {
            choices.add(new DatasetChoice(spec, DatasetChoice.Origin.IMPORTED));
        }
        DatasetChoice initial = choices.stream().filter(c -> c.spec().equals(current)).findFirst()
                .orElseGet(() -> addImported(current));
        select(initial);
    }

    ObservableList<DatasetChoice> choices() {
        return choices;
    }

    ObjectProperty<DatasetChoice> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<DatasetSummary> summaryProperty() {
        return summary;
    }

    ReadOnlyObjectProperty<List<SkippedFile>> skippedProperty() {
        return skipped;
    }

    ReadOnlyStringProperty errorProperty() {
        return error;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** The selected downloadable set while it is not in the cache yet; null otherwise. */
    ReadOnlyObjectProperty<DownloadableDataset> downloadableProperty() {
        return downloadable;
    }

    ReadOnlyBooleanProperty downloadingProperty() {
        return downloading;
    }

    ReadOnlyDoubleProperty downloadProgressProperty() {
        return downloadProgress;
    }

    ReadOnlyStringProperty downloadStatusProperty() {
        return downloadStatus;
    }

    IntegerProperty importSizeProperty() {
        return importSize;
    }

    ObjectProperty<ColorMode> importColorProperty() {
        return importColor;
    }

    /** Shows {@code choice}'s summary once it has loaded, or what there is to download. */
    void select(DatasetChoice choice) {
        selected.set(choice);
        downloadable.set(null);
        if (choice.origin() == DatasetChoice.Origin.DOWNLOAD) {
            DownloadableDataset entry = catalog.require(choice.spec().source());
            long ticket = ++generation;
            error.set(null);
            summary.set(null);
            skipped.set(List.of());
            busy.set(true);
            io.submit(() -> {
                boolean complete = downloader.cache().isComplete(entry);
                uiThread.execute(() -> {
                    if (ticket != generation) {
                        return;
                    }
                    busy.set(false);
                    if (complete) {
                        load(choice.spec(), null);
                    } else {
                        downloadable.set(entry);
                    }
                });
            });
            return;
        }
        load(choice.spec(), null);
    }

    /** Downloads the selected set into the cache, then shows it; progress and failures appear in the properties. */
    void download() {
        DownloadableDataset entry = downloadable.get();
        if (entry == null || downloading.get()) {
            return;
        }
        downloading.set(true);
        downloadProgress.set(0);
        downloadStatus.set(null);
        error.set(null);
        DownloadJob started = downloader.prepare(entry, new DownloadListener() {
            @Override
            public void onProgress(DownloadProgress progress) {
                String text = I18n.format("picker.download.progress", progress.file(), progress.fileIndex() + 1,
                        progress.fileCount(), progress.setPercent());
                uiThread.execute(() -> {
                    downloadProgress.set(progress.setFraction());
                    downloadStatus.set(text);
                });
            }

            @Override
            public void onNotice(String sentence) {
                uiThread.execute(() -> downloadStatus.set(sentence));
            }
        });
        job = started;
        transfers.submit(() -> {
            try {
                started.run();
                uiThread.execute(() -> {
                    downloading.set(false);
                    if (selected.get() != null && selected.get().spec().source().equals(entry.name())) {
                        downloadable.set(null);
                        load(selected.get().spec(), null);
                    }
                });
            } catch (InvalidInputException e) {
                uiThread.execute(() -> {
                    downloading.set(false);
                    downloadStatus.set(null);
                    error.set(I18n.error(e));
                });
            }
        });
    }

    void cancelDownload() {
        DownloadJob running = job;
        if (running != null) {
            running.cancel();
        }
    }

    /** Loads a file or folder with the chosen size and colour; on success it joins the list and is selected. */
    void importPath(Path path) {
        DataSpec spec = new DataSpec(path.toAbsolutePath().normalize().toString(), importSize.get(), importColor.get());
        load(spec, loaded -> {
            DatasetChoice choice = choices.stream().filter(c -> c.spec().equals(spec)).findFirst()
                    .orElseGet(() -> addImported(spec));
            remember(spec);
            selected.set(choice);
        });
    }

    void cancel() {
        cancelRequested = true;
    }

    /** A summary that matches the selection, i.e. the selection can be used. */
    boolean canUse() {
        return selected.get() != null && summary.get() != null && !busy.get() && error.get() == null;
    }

    void dispose() {
        cancelDownload();
        io.shutdownNow();
        transfers.shutdownNow();
    }

    private DatasetChoice addImported(DataSpec spec) {
        DatasetChoice choice = new DatasetChoice(spec, DatasetChoice.Origin.IMPORTED);
        choices.add(choice);
        return choice;
    }

    private void load(DataSpec spec, Consumer<Dataset> onSuccess) {
        long ticket = ++generation;
        cancelRequested = false;
        busy.set(true);
        progress.set(-1);
        error.set(null);
        summary.set(null);
        skipped.set(List.of());
        io.submit(() -> {
            try {
                Dataset dataset = loader.open(spec, 1,
                        (done, total) -> uiThread.execute(() -> {
                            if (ticket == generation) {
                                progress.set(total == 0 ? -1 : (double) done / total);
                            }
                        }),
                        () -> cancelRequested || ticket != generation);
                DatasetSummary result = DatasetSummary.of(dataset);
                List<SkippedFile> problems = dataset instanceof ImageFolderDataset folder ? folder.skipped() : List.of();
                uiThread.execute(() -> finish(ticket, () -> {
                    summary.set(result);
                    skipped.set(problems);
                    if (onSuccess != null) {
                        onSuccess.accept(dataset);
                    }
                }));
            } catch (InvalidInputException e) {
                uiThread.execute(() -> finish(ticket, () -> error.set(I18n.error(e))));
            } catch (CancellationException e) {
                uiThread.execute(() -> finish(ticket, () -> error.set(I18n.get("picker.cancelled"))));
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.error("Could not load {}", spec, e);
                uiThread.execute(() -> finish(ticket, () -> error.set(I18n.format("picker.failed", spec.source(), e))));
            }
        });
    }

    private void finish(long ticket, Runnable update) {
        if (ticket != generation) {
            return;
        }
        busy.set(false);
        progress.set(0);
        update.run();
    }

    private List<DataSpec> recent() {
        List<DataSpec> specs = new ArrayList<>();
        for (String line : preferences.get(RECENT_KEY, "").split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                try {
                    specs.add(new DataSpec(parts[0], Integer.parseInt(parts[1]), ColorMode.fromCliName(parts[2])));
                } catch (RuntimeException ignored) {
                    // a damaged preference entry is dropped
                }
            }
        }
        return specs;
    }

    private void remember(DataSpec spec) {
        List<DataSpec> specs = new ArrayList<>(recent());
        specs.remove(spec);
        specs.add(0, spec);
        StringBuilder text = new StringBuilder();
        for (DataSpec s : specs.subList(0, Math.min(RECENT_MAX, specs.size()))) {
            text.append(s.source()).append('\t').append(s.imageSize()).append('\t').append(s.color().cliName()).append('\n');
        }
        preferences.put(RECENT_KEY, text.toString());
    }
}
