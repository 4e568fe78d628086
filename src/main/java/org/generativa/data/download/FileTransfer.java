package org.generativa.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.generativa.data.download.DownloadException.Reason;

/**
 * One attempt to fetch one file from one URL into a folder: the body streams into a temporary file
 * in that folder while it is hashed, and only a complete file with the right SHA-256 is moved to
 * its final name. Anything else deletes the temporary file and throws: {@link TransferFailure}
 * for a problem with the server or the connection, {@link DownloadException} ({@code LOCAL_IO})
 * when the folder cannot be written, {@link CancellationException} when cancelled.
 */
final class FileTransfer {

    /** Receives the bytes so far and the expected total (-1 when unknown). */
    interface Progress {
        void bytes(long bytes, long total);
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dataset-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final Duration stallTimeout;
    private final Cancellation cancellation;

    FileTransfer(HttpClient client, Duration stallTimeout, Cancellation cancellation) {
        this.client = client;
        this.stallTimeout = stallTimeout;
        this.cancellation = cancellation;
    }

    Path fetch(URI url, DatasetFile file, Path directory, Progress progress) throws TransferFailure {
        HttpResponse<InputStream> response = connect(url);
        InputStream body = response.body();
        try {
            cancellation.onCancel(() -> closeQuietly(body));
            if (response.statusCode() != 200) {
                throw new TransferFailure(Reason.HTTP_ERROR, null, "download.httpError", url,
                        String.valueOf(response.statusCode()));
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            return receive(url, body, announced, file, directory, progress);
        } finally {
            cancellation.clear();
            closeQuietly(body);
        }
    }

    private HttpResponse<InputStream> connect(URI url) throws TransferFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(stallTimeout)
                .header("User-Agent", "Generativa")
                .GET()
                .build();
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        cancellation.onCancel(() -> pending.cancel(true));
        try {
            return pending.get();
        } catch (CancellationException e) {
            throw new CancellationException("cancelled while connecting to " + url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new CancellationException("interrupted while connecting to " + url);
        } catch (ExecutionException e) {
            throw connectionFailure(url, e.getCause());
        } finally {
            cancellation.clear();
        }
    }

    private Path receive(URI url, InputStream body, long announced, DatasetFile file, Path directory, Progress progress)
            throws TransferFailure {
        long total = announced >= 0 ? announced : file.sizeKnown() ? file.size() : -1;
        Path temp = createTemp(file, directory);
        AtomicBoolean stalled = new AtomicBoolean();
        AtomicLong lastBytesAt = new AtomicLong(System.nanoTime());
        long checkMillis = Math.max(10, Math.min(250, stallTimeout.toMillis() / 5));
        ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastBytesAt.get() > stallTimeout.toNanos() && !stalled.getAndSet(true)) {
                closeQuietly(body);
            }
        }, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
        boolean moved = false;
        long bytes = 0;
        try {
            MessageDigest digest = Sha256.newDigest();
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                progress.bytes(0, total);
                while (true) {
                    int n;
                    try {
                        n = body.read(buffer);
                    } catch (IOException e) {
                        throw readFailure(url, bytes, announced, stalled.get(), e);
                    }
                    if (n < 0) {
                        break;
                    }
                    lastBytesAt.set(System.nanoTime());
                    out.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    bytes += n;
                    if (total >= 0 && bytes > total) {
                        throw new TransferFailure(Reason.CHECKSUM_MISMATCH, null, "download.tooLong", url, String.valueOf(total));
                    }
                    progress.bytes(bytes, total);
                }
            }
            if (cancellation.isCancelled() || stalled.get()) {
                throw readFailure(url, bytes, announced, stalled.get(), null);
            }
            if (announced >= 0 && bytes < announced) {
                throw interrupted(url, bytes, announced, null);
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(file.sha256())) {
                throw new TransferFailure(Reason.CHECKSUM_MISMATCH, null, "download.checksum", url, actual, file.sha256());
            }
            DatasetCache.moveIntoPlace(temp, directory.resolve(file.name()));
            moved = true;
            return directory.resolve(file.name());
        } catch (IOException e) {
            throw new DownloadException(Reason.LOCAL_IO, e, "download.cannotWrite", file.name(), directory, e.getMessage());
        } finally {
            watch.cancel(false);
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTemp(DatasetFile file, Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, "." + file.name() + ".", ".part");
        } catch (IOException e) {
            throw new DownloadException(Reason.LOCAL_IO, e, "download.cannotCreate", file.name(), directory, e.getMessage());
        }
    }

    private TransferFailure readFailure(URI url, long bytes, long announced, boolean stalled, IOException e) {
        if (cancellation.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled while reading " + url);
        }
        if (stalled) {
            return new TransferFailure(Reason.STALLED, e, "download.stalled", url, seconds(stallTimeout), String.valueOf(bytes));
        }
        return interrupted(url, bytes, announced, e);
    }

    private static TransferFailure interrupted(URI url, long bytes, long announced, IOException e) {
        // With a known length the byte counts say it all; HttpClient's own message is often just "closed".
        if (announced >= 0) {
            return new TransferFailure(Reason.INTERRUPTED, e, "download.interruptedOf", url, String.valueOf(bytes),
                    String.valueOf(announced));
        }
        if (e != null && e.getMessage() != null) {
            return new TransferFailure(Reason.INTERRUPTED, e, "download.interruptedWhy", url, String.valueOf(bytes),
                    e.getMessage());
        }
        return new TransferFailure(Reason.INTERRUPTED, e, "download.interrupted", url, String.valueOf(bytes));
    }

    private TransferFailure connectionFailure(URI url, Throwable cause) {
        String host = url.getPort() >= 0 ? url.getHost() + ":" + url.getPort() : url.getHost();
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransferFailure(Reason.UNREACHABLE, cause, "download.noConnection", host, seconds(stallTimeout));
        }
        if (cause instanceof HttpTimeoutException) {
            return new TransferFailure(Reason.STALLED, cause, "download.noAnswer", url, seconds(stallTimeout));
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new TransferFailure(Reason.UNREACHABLE, cause, "download.unknownHost", host);
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new TransferFailure(Reason.UNREACHABLE, cause, "download.refused", host);
            }
        }
        if (cause == null) {
            return new TransferFailure(Reason.INTERRUPTED, null, "download.requestFailed", url);
        }
        String detail = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return new TransferFailure(Reason.INTERRUPTED, cause, "download.requestFailedWhy", url, detail);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // the transfer is being abandoned either way
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more can be done; the name starts with '.' and ends in .part
        }
    }
}
