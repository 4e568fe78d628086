package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DownloadableDataset;
import org.generativa.data.download.FakeIdxSet;
import org.generativa.data.download.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DatasetsDownloadCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LoopbackServer server;
    private final FakeIdxSet files = FakeIdxSet.create(300, 40, 3);

    private record Result(int code, String out, String err) {}

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GenerativaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path catalogFile(DownloadableDataset... sets) throws IOException {
        Path file = dir.resolve("catalog.json");
        JSON.writeValue(file.toFile(), Map.of("datasets", List.of(sets)));
        return file;
    }

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void downloadFetchesVerifiesAndReportsProgressThenSkipsOnTheSecondRun() throws IOException {
        files.serveUnder(server, "/fake/");
        Path catalog = catalogFile(files.dataset("fake", server.url("/fake/"), null, true));
        Path cache = dir.resolve("cache");

        Result r = run("datasets", "download", "fake", "--cache", cache.toString(), "--catalog", catalog.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (String name : files.files().keySet()) {
            assertArrayEquals(files.bytes(name), Files.readAllBytes(cache.resolve("fake").resolve(name)), name);
        }
        assertEquals(files.files().keySet().stream().sorted().toList(), namesIn(cache.resolve("fake")));
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("fake 1/4 " + DatasetCatalog.TRAIN_IMAGES + ": downloading from "
                + server.url("/fake/" + DatasetCatalog.TRAIN_IMAGES)), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("fake 1/4 " + DatasetCatalog.TRAIN_IMAGES + ": 100% (")), r.out());
        assertTrue(lines.contains("fake 4/4 " + DatasetCatalog.TEST_LABELS + ": checksum verified (100% of fake)"), r.out());
        assertEquals("Downloaded fake into " + cache.resolve("fake").toAbsolutePath() + " (4 files, checksums verified).",
                lines.get(lines.size() - 1));

        int requests = server.totalRequests();
        Result again = run("datasets", "download", "fake", "--cache", cache.toString(), "--catalog", catalog.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(requests, server.totalRequests());
        assertTrue(again.out().contains("fake 1/4 " + DatasetCatalog.TRAIN_IMAGES + ": already downloaded and verified"), again.out());
    }

    @Test
    void aFailedDownloadIsOneLineOnStderrAndANonZeroExit() throws IOException {
        URI canonical = LoopbackServer.closedPortUrl("/fake/");
        Path catalog = catalogFile(files.dataset("fake", canonical, LoopbackServer.closedPortUrl("/mirror/"), true));
        Path cache = dir.resolve("cache");

        Result r = run("datasets", "download", "fake", "--cache", cache.toString(), "--catalog", catalog.toString(),
                "--stall-seconds", "2");

        assertNotEquals(0, r.code());
        List<String> err = r.err().lines().toList();
        assertEquals(1, err.size(), r.err());
        assertTrue(err.get(0).startsWith("generativa: Could not download fake because "), err.get(0));
        assertTrue(err.get(0).contains("from " + canonical + " with a browser on another machine"), err.get(0));
        assertTrue(err.get(0).contains("(or put them in " + cache.resolve("fake").toAbsolutePath() + ")"), err.get(0));
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(!Files.exists(cache.resolve("fake")) || namesIn(cache.resolve("fake")).isEmpty());
    }

    @Test
    void aCorruptFileFailsNamingTheFile() throws IOException {
        files.serveUnder(server, "/fake/");
        server.serve("/fake/" + DatasetCatalog.TEST_IMAGES, new byte[] {31, -117, 8, 0});
        Path catalog = catalogFile(files.dataset("fake", server.url("/fake/"), null, false));

        Result r = run("datasets", "download", "fake", "--cache", dir.resolve("cache").toString(), "--catalog", catalog.toString());

        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("generativa: Could not download " + DatasetCatalog.TEST_IMAGES + " of fake: "), r.err());
        assertFalse(Files.exists(dir.resolve("cache").resolve("fake").resolve(DatasetCatalog.TEST_IMAGES)));
    }

    @Test
    void unknownNamesAndBadOptionsAreRefusedInOneLine() {
        Result unknown = run("datasets", "download", "emnist");
        assertEquals(1, unknown.code());
        assertEquals("generativa: Unknown downloadable dataset 'emnist': choose one of mnist, fashion-mnist, kmnist.",
                unknown.err().strip());

        Result badStall = run("datasets", "download", "mnist", "--stall-seconds", "0", "--cache", dir.toString());
        assertEquals(1, badStall.code());
        assertTrue(badStall.err().strip().startsWith("generativa: --stall-seconds must be greater than 0"), badStall.err());
        assertEquals(0, server.totalRequests());
    }

    @Test
    void datasetsJsonAddsTheDownloadableSetsWithWhetherEachIsDownloaded() throws IOException {
        files.serveUnder(server, "/fake/");
        Path catalog = catalogFile(files.dataset("fake", server.url("/fake/"), null, true),
                files.dataset("other", server.url("/other/"), null, true));
        Path cache = dir.resolve("cache");
        String[] list = {"datasets", "--json", "--cache", cache.toString(), "--catalog", catalog.toString()};

        JsonNode before = JSON.readTree(run(list).out());
        assertEquals(0, run("datasets", "download", "fake", "--cache", cache.toString(), "--catalog", catalog.toString()).code());
        Result r = run(list);
        assertEquals(0, r.code(), r.err());
        JsonNode after = JSON.readTree(r.out());

        List<String> builtIn = new ArrayList<>();
        after.get("datasets").forEach(d -> builtIn.add(d.get("name").asText()));
        assertEquals(List.of("ring8", "grid25", "digits", "spiral", "moons", "swissroll", "bimodal", "dirac", "sprites", "faces"), builtIn,
                "the built-in list is unchanged");
        JsonNode fake = after.get("downloads").get(0);
        assertEquals("fake", fake.get("name").asText());
        assertEquals("download", fake.get("source").asText());
        assertEquals("images", fake.get("kind").asText());
        assertEquals(10, fake.get("classes").size());
        assertEquals(cache.resolve("fake").toAbsolutePath().toString(), fake.get("directory").asText());
        assertFalse(before.get("downloads").get(0).get("downloaded").asBoolean());
        assertTrue(fake.get("downloaded").asBoolean());
        assertFalse(after.get("downloads").get(1).get("downloaded").asBoolean());
    }

    @Test
    void theStandardCatalogIsListedInJsonAndAsATable() throws IOException {
        Result json = run("datasets", "--json", "--cache", dir.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode downloads = JSON.readTree(json.out()).get("downloads");
        List<String> names = new ArrayList<>();
        downloads.forEach(d -> names.add(d.get("name").asText()));
        assertEquals(List.of("mnist", "fashion-mnist", "kmnist"), names);
        assertEquals("T-shirt/top", downloads.get(1).get("classes").get(0).asText());
        assertEquals("http://yann.lecun.com/exdb/mnist/", downloads.get(0).get("url").asText());

        Result table = run("datasets", "download", "--cache", dir.toString());
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"), table.out());
        assertTrue(lines.get(1).startsWith("mnist ") && lines.get(1).contains(" - "), table.out());
        assertTrue(lines.get(3).startsWith("kmnist "), table.out());
        assertEquals("Cache: " + dir.toAbsolutePath(), lines.get(4));
    }
}
