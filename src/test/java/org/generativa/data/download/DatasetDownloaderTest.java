package org.generativa.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.generativa.data.download.DownloadException.Reason;
import org.generativa.data.download.DownloadProgress.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DatasetDownloaderTest {

    private static final Duration SHORT_STALL = Duration.ofMillis(400);

    @TempDir
    Path root;

    private LoopbackServer server;
    private DatasetCache cache;
    private final FakeIdxSet files = FakeIdxSet.create(200, 50, 1);

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        cache = new DatasetCache(root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Collects every event a job reports. */
    private static final class Recorder implements DownloadListener {
        final List<DownloadProgress> events = new CopyOnWriteArrayList<>();
        final List<String> notices = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(DownloadProgress progress) {
            events.add(progress);
        }

        @Override
        public void onNotice(String sentence) {
            notices.add(sentence);
        }

        List<DownloadProgress> stage(Stage stage) {
            return events.stream().filter(e -> e.stage() == stage).toList();
        }
    }

    private DatasetDownloader downloader(Duration stall) {
        return new DatasetDownloader(cache, stall);
    }

    private List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> dataFilesIn(Path dir) throws IOException {
        return filesIn(dir).stream().filter(n -> !n.equals(DatasetCache.STAMP)).toList();
    }

    @Test
    void goodDownloadPutsVerifiedFilesInPlaceAndReportsMonotonicProgressTo100() throws IOException {
        files.serveUnder(server, "/good/");
        DownloadableDataset set = files.dataset("fake", server.url("/good/"), server.url("/mirror/"), true);
        Recorder recorder = new Recorder();

        Path dir = downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, recorder);

        assertEquals(root.resolve("fake"), dir);
        for (DatasetFile f : set.files()) {
            assertArrayEquals(files.bytes(f.name()), Files.readAllBytes(dir.resolve(f.name())), f.name());
        }
        assertEquals(set.files().stream().map(DatasetFile::name).sorted().toList(), dataFilesIn(dir), "no temporary files left");
        assertTrue(cache.isComplete(set));
        assertEquals(dir, cache.verifiedDirectory(set).orElseThrow());
        assertEquals(0, server.requests("/mirror/" + DatasetCatalog.TRAIN_IMAGES));

        List<DownloadProgress> events = recorder.events;
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).setFraction() >= events.get(i - 1).setFraction(), "set progress never goes back: " + events);
        }
        DownloadProgress last = events.get(events.size() - 1);
        assertEquals(1.0, last.setFraction());
        assertEquals(100, last.setPercent());
        assertEquals(set.files().stream().map(DatasetFile::name).toList(),
                recorder.stage(Stage.VERIFIED).stream().map(DownloadProgress::file).toList());
        List<DownloadProgress> images = recorder.stage(Stage.DOWNLOADING).stream()
                .filter(e -> e.file().equals(DatasetCatalog.TRAIN_IMAGES)).toList();
        assertEquals(0, images.get(0).bytes());
        DownloadProgress imagesDone = images.get(images.size() - 1);
        assertEquals(files.bytes(DatasetCatalog.TRAIN_IMAGES).length, imagesDone.bytes());
        assertEquals(imagesDone.bytes(), imagesDone.totalBytes(), "total from Content-Length");
        assertEquals(100, imagesDone.filePercent());
        assertEquals(server.url("/good/" + DatasetCatalog.TRAIN_IMAGES), imagesDone.source());
    }

    @Test
    void withoutKnownSizesTheTotalComesFromContentLengthAndProgressStillEndsAt100() throws IOException {
        files.serveUnder(server, "/good/");
        DownloadableDataset set = files.dataset("nosizes", server.url("/good/"), null, false);
        Recorder recorder = new Recorder();
        downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, recorder);
        for (DownloadProgress e : recorder.stage(Stage.DOWNLOADING)) {
            assertEquals(files.bytes(e.file()).length, e.totalBytes(), e.toString());
        }
        for (DownloadProgress e : recorder.stage(Stage.VERIFIED)) {
            assertEquals(files.bytes(e.file()).length, e.bytes(), e.toString());
        }
        assertEquals(100, recorder.events.get(recorder.events.size() - 1).setPercent());
        assertTrue(cache.isComplete(set));
    }

    @Test
    void aFileWithTheWrongChecksumIsNotKeptAndTheMessageNamesIt() throws IOException {
        files.serveUnder(server, "/bad/");
        byte[] corrupt = files.bytes(DatasetCatalog.TRAIN_LABELS).clone();
        corrupt[corrupt.length / 2] ^= 0x40;
        server.serve("/bad/" + DatasetCatalog.TRAIN_LABELS, corrupt);
        DownloadableDataset set = files.dataset("fake", server.url("/bad/"), server.url("/bad/"), true);

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE));

        assertEquals(Reason.CHECKSUM_MISMATCH, e.reason());
        assertTrue(e.getMessage().startsWith("Could not download " + DatasetCatalog.TRAIN_LABELS + " of fake: "), e.getMessage());
        assertTrue(e.getMessage().contains("SHA-256 is " + FakeIdxSet.sha256(corrupt)), e.getMessage());
        assertTrue(e.getMessage().contains(set.files().get(1).sha256()), e.getMessage());
        assertEquals(List.of(DatasetCatalog.TRAIN_IMAGES), dataFilesIn(root.resolve("fake")),
                "the verified first file stays, the corrupt one and every temporary file are gone");
        assertFalse(cache.isComplete(set));
    }

    @Test
    void aStalledConnectionIsAbandonedAfterTheStallTimeout() throws IOException {
        byte[] images = files.bytes(DatasetCatalog.TRAIN_IMAGES);
        server.stallAfter("/slow/" + DatasetCatalog.TRAIN_IMAGES, images, 1000);
        DownloadableDataset set = files.dataset("fake", server.url("/slow/"), null, true);

        long start = System.nanoTime();
        DownloadException e = assertThrows(DownloadException.class, () -> downloader(SHORT_STALL).download(set, DownloadListener.NONE));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Reason.STALLED, e.reason());
        assertTrue(e.getMessage().contains(DatasetCatalog.TRAIN_IMAGES) && e.getMessage().contains("stalled (no data for 0.4 s"),
                e.getMessage());
        assertTrue(millis >= SHORT_STALL.toMillis() && millis < 5000, "gave up after " + millis + " ms");
        assertEquals(List.of(), filesIn(root.resolve("fake")));
    }

    @Test
    void aSlowButSteadyTransferLongerThanTheStallTimeoutSucceeds() throws IOException {
        byte[] labels = files.bytes(DatasetCatalog.TEST_LABELS);
        files.serveUnder(server, "/steady/");
        server.trickle("/steady/" + DatasetCatalog.TEST_LABELS, labels, Math.max(1, labels.length / 30), 50);
        DownloadableDataset set = files.dataset("fake", server.url("/steady/"), null, true);

        long start = System.nanoTime();
        Path dir = downloader(SHORT_STALL).download(set, DownloadListener.NONE);

        assertTrue((System.nanoTime() - start) / 1_000_000 > 3 * SHORT_STALL.toMillis(), "the transfer outlasted the stall timeout");
        assertArrayEquals(labels, Files.readAllBytes(dir.resolve(DatasetCatalog.TEST_LABELS)));
    }

    @Test
    void aServerThatNeverAnswersCountsAsStalled() throws IOException {
        server.mute("/mute/" + DatasetCatalog.TRAIN_IMAGES);
        DownloadableDataset set = files.dataset("fake", server.url("/mute/"), null, false);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader(SHORT_STALL).download(set, DownloadListener.NONE));
        assertEquals(Reason.STALLED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().endsWith(server.url("/mute/" + DatasetCatalog.TRAIN_IMAGES) + " sent no answer within 0.4 s."),
                e.getMessage());
        assertEquals(List.of(), filesIn(root.resolve("fake")));
    }

    @Test
    void cancelDuringASlowTransferReturnsPromptlyAndDeletesTheTemporaryFile() throws Exception {
        byte[] images = files.bytes(DatasetCatalog.TRAIN_IMAGES);
        server.trickle("/slow/" + DatasetCatalog.TRAIN_IMAGES, images, 512, 50);
        DownloadableDataset set = files.dataset("fake", server.url("/slow/"), server.url("/slow/"), true);
        Path dir = root.resolve("fake");
        List<String> seenWhileDownloading = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch receiving = new CountDownLatch(1);
        DownloadJob job = downloader(Duration.ofSeconds(10)).prepare(set, p -> {
            if (p.stage() == Stage.DOWNLOADING && p.bytes() > 0 && receiving.getCount() > 0) {
                try {
                    seenWhileDownloading.addAll(filesIn(dir));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                receiving.countDown();
            }
        });
        CompletableFuture<Path> running = CompletableFuture.supplyAsync(job::run);
        assertTrue(receiving.await(10, TimeUnit.SECONDS), "bytes arrived");

        long start = System.nanoTime();
        job.cancel();
        Throwable thrown = assertThrows(Exception.class, () -> running.get(5, TimeUnit.SECONDS)).getCause();
        long millis = (System.nanoTime() - start) / 1_000_000;

        DownloadException e = (DownloadException) thrown;
        assertTrue(e.isCancelled(), e.getMessage());
        assertEquals("The download of fake was cancelled; no partial file was kept.", e.getMessage());
        assertTrue(millis < 2000, "cancel took " + millis + " ms");
        assertTrue(job.isCancelled());
        assertEquals(1, seenWhileDownloading.size(), "a temporary file existed: " + seenWhileDownloading);
        assertTrue(seenWhileDownloading.get(0).endsWith(".part"), seenWhileDownloading.toString());
        assertEquals(List.of(), filesIn(dir));
        assertEquals(1, server.requests("/slow/" + DatasetCatalog.TRAIN_IMAGES), "no retry on the mirror after a cancel");
    }

    @Test
    void cancelBeforeRunStopsAtOnceWithoutARequest() {
        files.serveUnder(server, "/good/");
        DownloadJob job = downloader(SHORT_STALL).prepare(files.dataset("fake", server.url("/good/"), null, true), null);
        job.cancel();
        assertTrue(assertThrows(DownloadException.class, job::run).isCancelled());
        assertEquals(0, server.totalRequests());
        assertThrows(IllegalStateException.class, job::run, "a job runs once");
    }

    @Test
    void aTransferCutShortIsAnErrorAndKeepsNothing() throws IOException {
        byte[] images = files.bytes(DatasetCatalog.TRAIN_IMAGES);
        server.cutAfter("/cut/" + DatasetCatalog.TRAIN_IMAGES, images, images.length / 2);
        DownloadableDataset set = files.dataset("fake", server.url("/cut/"), null, false);

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE));

        assertEquals(Reason.INTERRUPTED, e.reason());
        // The client counts what arrived: at most what the server sent before it closed, less when the close
        // overtakes bytes still in flight.
        Matcher sentence = Pattern.compile("the transfer from " + Pattern.quote(server.url("/cut/" + DatasetCatalog.TRAIN_IMAGES).toString())
                + " was interrupted after (\\d+) of " + images.length + " bytes").matcher(e.getMessage());
        assertTrue(sentence.find(), e.getMessage());
        long received = Long.parseLong(sentence.group(1));
        assertTrue(received > 0 && received <= images.length / 2, "bytes received: " + received);
        assertEquals(List.of(), filesIn(root.resolve("fake")));
    }

    @Test
    void notFoundOnTheCanonicalServerFallsBackToTheMirror() throws IOException {
        files.serveUnder(server, "/mirror/");
        DownloadableDataset set = files.dataset("fake", server.url("/canonical/"), server.url("/mirror/"), true);
        Recorder recorder = new Recorder();

        Path dir = downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, recorder);

        for (DatasetFile f : set.files()) {
            assertArrayEquals(files.bytes(f.name()), Files.readAllBytes(dir.resolve(f.name())));
        }
        assertEquals(1, server.requests("/canonical/" + DatasetCatalog.TRAIN_IMAGES));
        assertEquals(0, server.requests("/canonical/" + DatasetCatalog.TRAIN_LABELS), "later files start with the mirror");
        assertEquals(List.of("Trying " + server.url("/mirror/" + DatasetCatalog.TRAIN_IMAGES) + " because "
                + server.url("/canonical/" + DatasetCatalog.TRAIN_IMAGES) + " answered HTTP 404."), recorder.notices);
        assertEquals(server.url("/mirror/" + DatasetCatalog.TEST_LABELS), recorder.stage(Stage.VERIFIED).get(3).source());
    }

    @Test
    void httpErrorsOnBothServersNameBothUrls() {
        server.status("/a/" + DatasetCatalog.TRAIN_IMAGES, 500);
        DownloadableDataset set = files.dataset("fake", server.url("/a/"), server.url("/b/"), true);
        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE));
        assertEquals(Reason.HTTP_ERROR, e.reason());
        assertEquals("Could not download " + DatasetCatalog.TRAIN_IMAGES + " of fake: "
                + server.url("/a/" + DatasetCatalog.TRAIN_IMAGES) + " answered HTTP 500, and then "
                + server.url("/b/" + DatasetCatalog.TRAIN_IMAGES) + " answered HTTP 404.", e.getMessage());
    }

    @Test
    void withNoServerReachableTheMessageExplainsTheManualImport() throws IOException {
        URI canonical = LoopbackServer.closedPortUrl("/exdb/fake/");
        DownloadableDataset set = files.dataset("fake", canonical, LoopbackServer.closedPortUrl("/mirror/"), true);

        DownloadException e = assertThrows(DownloadException.class, () -> downloader(SHORT_STALL).download(set, DownloadListener.NONE));

        assertEquals(Reason.UNREACHABLE, e.reason());
        String message = e.getMessage();
        assertTrue(message.startsWith("Could not download fake because 127.0.0.1:"), message);
        assertTrue(message.contains("could not be reached"), message);
        assertTrue(message.contains("download the four files " + DatasetCatalog.TRAIN_IMAGES + ", " + DatasetCatalog.TRAIN_LABELS
                + ", " + DatasetCatalog.TEST_IMAGES + " and " + DatasetCatalog.TEST_LABELS + " from " + canonical
                + " with a browser on another machine, then use Import File… in the app's dataset picker or pass the folder to "
                + "`train --dataset PATH` (or put them in " + root.resolve("fake") + ")."), message);
        assertEquals(1, message.lines().count(), "one line");
        assertEquals(List.of(), filesIn(root.resolve("fake")));
    }

    @Test
    void anUnknownHostCountsAsUnreachable() {
        DownloadableDataset set = files.dataset("fake", URI.create("http://no-such-host.invalid/fake/"), null, true);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader(SHORT_STALL).download(set, DownloadListener.NONE));
        assertEquals(Reason.UNREACHABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-host.invalid could not be reached"), e.getMessage());
        assertTrue(e.getMessage().contains("with a browser on another machine"), e.getMessage());
    }

    @Test
    void filesAlreadyDownloadedAreSkippedWithoutARequest() throws IOException {
        files.serveUnder(server, "/good/");
        DownloadableDataset set = files.dataset("fake", server.url("/good/"), null, true);
        downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE);
        int requests = server.totalRequests();
        assertEquals(4, requests);

        Recorder recorder = new Recorder();
        downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, recorder);

        assertEquals(requests, server.totalRequests(), "no request for files already in the cache");
        assertEquals(4, recorder.stage(Stage.SKIPPED).size());
        assertEquals(recorder.events, recorder.stage(Stage.SKIPPED));
        assertEquals(100, recorder.events.get(3).setPercent());
    }

    @Test
    void filesPutInTheCacheByHandAreHashedAndAWrongOneIsDownloadedAgain() throws IOException {
        files.serveUnder(server, "/good/");
        DownloadableDataset set = files.dataset("fake", server.url("/good/"), null, false);
        Path dir = Files.createDirectories(root.resolve("fake"));
        for (DatasetFile f : set.files()) {
            Files.write(dir.resolve(f.name()), files.bytes(f.name()));
        }
        Files.write(dir.resolve(DatasetCatalog.TEST_LABELS), new byte[] {1, 2, 3});
        assertFalse(cache.isComplete(set));
        assertEquals(List.of(set.files().get(3)), cache.missingFiles(set));

        downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE);

        assertEquals(1, server.totalRequests());
        assertEquals(1, server.requests("/good/" + DatasetCatalog.TEST_LABELS));
        assertArrayEquals(files.bytes(DatasetCatalog.TEST_LABELS), Files.readAllBytes(dir.resolve(DatasetCatalog.TEST_LABELS)));
        assertTrue(cache.isComplete(set));
    }

    @Test
    void aFileChangedAfterVerificationIsNoLongerTrusted() throws IOException {
        files.serveUnder(server, "/good/");
        DownloadableDataset set = files.dataset("fake", server.url("/good/"), null, false);
        Path dir = downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(set, DownloadListener.NONE);
        Path labels = dir.resolve(DatasetCatalog.TRAIN_LABELS);
        byte[] changed = files.bytes(DatasetCatalog.TRAIN_LABELS).clone();
        changed[20] ^= 1;
        Files.write(labels, changed);
        Files.setLastModifiedTime(labels, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(labels).toMillis() + 5000));
        assertFalse(cache.isComplete(set));
    }

    @Test
    void theRealMnistTestFilesVerifyAgainstTheStandardCatalog() throws IOException {
        Path shared = Path.of("..", "shared", "datasets", "mnist");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(shared.resolve(DatasetCatalog.TEST_IMAGES)),
                "the shared MNIST test files are not in this checkout");
        DownloadableDataset mnist = DatasetCatalog.standard().require("mnist");
        List<DatasetFile> testFiles = mnist.files().subList(2, 4);
        for (DatasetFile f : testFiles) {
            server.serve("/mnist/" + f.name(), Files.readAllBytes(shared.resolve(f.name())));
        }
        DownloadableDataset local = mnist.withFiles(testFiles).withUrls(server.url("/mnist/"), null);

        Path dir = downloader(DatasetDownloader.DEFAULT_STALL_TIMEOUT).download(local, DownloadListener.NONE);

        assertEquals(1648877, Files.size(dir.resolve(DatasetCatalog.TEST_IMAGES)));
        assertEquals(4542, Files.size(dir.resolve(DatasetCatalog.TEST_LABELS)));
        assertTrue(cache.isComplete(local));
    }
}
