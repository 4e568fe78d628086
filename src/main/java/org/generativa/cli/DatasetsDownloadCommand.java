package org.generativa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.generativa.common.InvalidInputException;
import org.generativa.data.download.DatasetCache;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DatasetDownloader;
import org.generativa.data.download.DownloadJob;
import org.generativa.data.download.DownloadListener;
import org.generativa.data.download.DownloadProgress;
import org.generativa.data.download.DownloadableDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Downloads a dataset of the catalog into the cache, or lists the catalog when no name is given. */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Downloads a dataset (mnist, fashion-mnist, kmnist) into the dataset cache and verifies its "
                + "SHA-256 checksums; without NAME, lists the downloadable datasets and whether each is downloaded.")
final class DatasetsDownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The dataset to download.")
    private String name;

    @Mixin
    private Sources sources;

    @Option(names = "--stall-seconds", defaultValue = "30", paramLabel = "SECONDS",
            description = "Give up on a server that sends nothing for this many seconds (default: ${DEFAULT-VALUE}).")
    private double stallSeconds;

    @Spec
    private CommandSpec spec;

    /** Where the catalog and the cache come from; shared with {@code datasets}. */
    static final class Sources {
        @Option(names = "--cache", paramLabel = "DIR",
                description = "Dataset cache folder (default: -Dgenerativa.datasets, else <home>/.generativa/datasets).")
        Path cache;

        /** A JSON catalog to use instead of the built-in one (for tests). */
        @Option(names = "--catalog", hidden = true, paramLabel = "FILE")
        Path catalog;

        DatasetCatalog catalog() {
            return catalog == null ? DatasetCatalog.standard() : DatasetCatalog.read(catalog);
        }

        DatasetCache cache() {
            return cache == null ? DatasetCache.standard() : new DatasetCache(cache);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetCatalog catalog = sources.catalog();
        DatasetCache cache = sources.cache();
        if (name == null) {
            list(catalog, cache, out);
            return 0;
        }
        DownloadableDataset dataset = catalog.require(name);
        if (!(stallSeconds > 0) || stallSeconds > 3600) {
            throw new InvalidInputException("--stall-seconds must be greater than 0 and at most 3600, not " + stallSeconds + ".");
        }
        DownloadJob job = new DatasetDownloader(cache, Duration.ofMillis(Math.round(stallSeconds * 1000)))
                .prepare(dataset, new ConsoleProgress(out));
        Path directory = runCancellingOnExit(job);
        int files = dataset.files().size();
        out.println("Downloaded " + dataset.name() + " into " + directory + " (" + files + (files == 1 ? " file" : " files")
                + ", checksums verified).");
        return 0;
    }

    /** Runs {@code job}; on Ctrl-C the shutdown hook cancels it and waits until its temporary file is gone. */
    private static Path runCancellingOnExit(DownloadJob job) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            job.cancel();
            try {
                done.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-download-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return job.run();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it is waiting for the latch released above
            }
        }
    }

    static void list(DatasetCatalog catalog, DatasetCache cache, PrintWriter out) {
        out.printf("%-14s %-11s %8s  %s%n", "NAME", "STATUS", "SIZE", "DESCRIPTION");
        for (DownloadableDataset d : catalog.entries()) {
            out.printf("%-14s %-11s %8s  %s%n", d.name(), cache.isComplete(d) ? "downloaded" : "-",
                    d.totalSize() > 0 ? megabytes(d.totalSize()) + " MB" : "?", d.description());
        }
        out.println("Cache: " + cache.root());
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /** Prints a line per file every 5 % (or every second when the size is unknown), plus skips and notices. */
    private static final class ConsoleProgress implements DownloadListener {
        private static final long LINE_INTERVAL_NANOS = 1_000_000_000L;
        private final PrintWriter out;
        private int nextPercent;
        private long lastLineNanos;

        ConsoleProgress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void onProgress(DownloadProgress p) {
            String prefix = p.dataset() + " " + (p.fileIndex() + 1) + "/" + p.fileCount() + " " + p.file();
            switch (p.stage()) {
                case SKIPPED -> print(prefix + ": already downloaded and verified");
                case VERIFIED -> print(prefix + ": checksum verified (" + p.setPercent() + "% of " + p.dataset() + ")");
                case DOWNLOADING -> {
                    long now = System.nanoTime();
                    if (p.bytes() == 0) {
                        nextPercent = 0;
                        lastLineNanos = now;
                        print(prefix + ": downloading from " + p.source());
                        return;
                    }
                    int percent = p.filePercent();
                    if (percent >= 0 && percent >= nextPercent) {
                        nextPercent = (percent / 5 + 1) * 5;
                    } else if (now - lastLineNanos < LINE_INTERVAL_NANOS) {
                        return;
                    }
                    lastLineNanos = now;
                    String amount = p.totalKnown()
                            ? percent + "% (" + megabytes(p.bytes()) + " of " + megabytes(p.totalBytes()) + " MB)"
                            : megabytes(p.bytes()) + " MB";
                    print(prefix + ": " + amount);
                }
            }
        }

        @Override
        public void onNotice(String sentence) {
            print(sentence);
        }

        private void print(String line) {
            out.println(line);
            out.flush();
        }
    }
}
