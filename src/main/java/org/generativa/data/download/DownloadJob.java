package org.generativa.data.download;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.generativa.common.Sentence;
import org.generativa.data.download.DownloadException.Reason;
import org.generativa.data.download.DownloadProgress.Stage;

/**
 * One download of one dataset into the cache. {@link #run()} blocks on the calling thread until
 * every file is in place and verified; {@link #cancel()} may be called from any thread and makes
 * {@code run()} end promptly with a cancelled {@link DownloadException}. Files already verified in
 * the cache are skipped; each missing file is fetched from the canonical URL and, if that fails,
 * from the mirror (later files start with whichever worked).
 */
public final class DownloadJob {

    private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

    private final DownloadableDataset dataset;
    private final DatasetCache cache;
    private final DownloadListener listener;
    private final Cancellation cancellation = new Cancellation();
    private final FileTransfer transfer;
    private final AtomicBoolean started = new AtomicBoolean();

    private boolean mirrorFirst;
    private double doneFraction;
    private double reportedFraction;
    private long lastReportNanos;
    private long lastBytes;

    DownloadJob(DownloadableDataset dataset, DatasetCache cache, DownloadListener listener, HttpClient client,
            Duration stallTimeout) {
        this.dataset = dataset;
        this.cache = cache;
        this.listener = listener == null ? DownloadListener.NONE : listener;
        this.transfer = new FileTransfer(client, stallTimeout, cancellation);
    }

    public DownloadableDataset dataset() {
        return dataset;
    }

    /** Downloads what is missing and returns the folder of the verified files. Runs once. */
    public Path run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A download job runs only once; prepare a new one.");
        }
        Path directory = cache.directory(dataset);
        List<DatasetFile> files = dataset.files();
        try {
            for (int i = 0; i < files.size(); i++) {
                throwIfCancelled();
                DatasetFile file = files.get(i);
                if (cache.isVerified(dataset, file)) {
                    finished(i, file, Stage.SKIPPED, null, file.sizeKnown() ? file.size() : -1);
                    continue;
                }
                URI source = fetch(i, file, directory);
                cache.recordVerified(dataset, file);
                finished(i, file, Stage.VERIFIED, source, lastBytes);
            }
        } catch (CancellationException e) {
            throw cancelled(e);
        } catch (IOException | UncheckedIOException e) {
            throw new DownloadException(Reason.LOCAL_IO, e, "download.folderUnusable", directory, e.getMessage());
        }
        return directory;
    }

    /** Stops the download from any thread; {@link #run()} then throws and keeps no partial file. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    private URI fetch(int index, DatasetFile file, Path directory) {
        List<URI> sources = new ArrayList<>(List.of(dataset.canonicalUrl(file)));
        URI mirror = dataset.mirrorUrl(file);
        if (mirror != null) {
            sources.add(mirrorFirst ? 0 : 1, mirror);
        }
        List<TransferFailure> failures = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            URI url = sources.get(s);
            throwIfCancelled();
            try {
                transfer.fetch(url, file, directory, (bytes, total) -> transferring(index, file, url, bytes, total));
                mirrorFirst = url.equals(mirror);
                return url;
            } catch (TransferFailure failure) {
                failures.add(failure);
                if (s + 1 < sources.size()) {
                    listener.onNotice("Trying " + sources.get(s + 1) + " because " + failure.clause() + ".");
                }
            }
        }
        throw failed(file, failures, directory);
    }

    private DownloadException failed(DatasetFile file, List<TransferFailure> failures, Path directory) {
        List<Sentence> clauses = failures.stream().map(TransferFailure::sentence).toList();
        TransferFailure last = failures.get(failures.size() - 1);
        if (failures.stream().allMatch(f -> f.reason() == Reason.UNREACHABLE)) {
            Map<String, Sentence> hosts = new LinkedHashMap<>();
            failures.forEach(f -> hosts.putIfAbsent(f.clause(), f.sentence()));
            return new DownloadException(Reason.UNREACHABLE, last, "download.unreachable", dataset.name(),
                    Sentence.joined("list.and", List.copyOf(hosts.values())), theFiles(), dataset.canonicalUrl(), directory);
        }
        return new DownloadException(last.reason(), last, "download.failed", file.name(), dataset.name(),
                Sentence.joined("download.andThen", clauses));
    }

    private void transferring(int index, DatasetFile file, URI source, long bytes, long total) {
        throwIfCancelled();
        lastBytes = bytes;
        double fileFraction = total > 0 ? Math.min(1.0, (double) bytes / total) : 0.0;
        reportedFraction = Math.max(reportedFraction, doneFraction + weight(index) * fileFraction);
        long now = System.nanoTime();
        boolean edge = bytes == 0 || bytes == total;
        if (edge || now - lastReportNanos >= PROGRESS_INTERVAL_NANOS) {
            lastReportNanos = now;
            listener.onProgress(new DownloadProgress(dataset.name(), file.name(), index, dataset.files().size(),
                    Stage.DOWNLOADING, source, bytes, total, reportedFraction));
        }
    }

    private void finished(int index, DatasetFile file, Stage stage, URI source, long size) {
        boolean last = index == dataset.files().size() - 1;
        doneFraction = last ? 1.0 : doneFraction + weight(index);
        reportedFraction = Math.max(reportedFraction, doneFraction);
        listener.onProgress(new DownloadProgress(dataset.name(), file.name(), index, dataset.files().size(),
                stage, source, size, size, reportedFraction));
    }

    /** Share of the whole set that file {@code index} stands for: by size when all sizes are known. */
    private double weight(int index) {
        long total = dataset.totalSize();
        return total > 0 ? (double) dataset.files().get(index).size() / total : 1.0 / dataset.files().size();
    }

    private void throwIfCancelled() {
        if (cancellation.isCancelled()) {
            throw new CancellationException();
        }
    }

    private DownloadException cancelled(CancellationException cause) {
        return new DownloadException(Reason.CANCELLED, cause, "download.cancelled", dataset.name());
    }

    private Sentence theFiles() {
        List<String> names = dataset.files().stream().map(DatasetFile::name).toList();
        if (names.size() == 1) {
            return Sentence.of("download.theFile", names.get(0));
        }
        return Sentence.of("download.theFiles", Sentence.of("download.count", names.size()),
                String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
}
