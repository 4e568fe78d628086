package org.generativa.data.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Four small gzip IDX files (random images and labels) and a catalog entry whose checksums match them. */
public record FakeIdxSet(Map<String, byte[]> files) {

    public static FakeIdxSet create(int trainCount, int testCount, long seed) {
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DatasetCatalog.TRAIN_IMAGES, gzip(images(trainCount, random)));
        files.put(DatasetCatalog.TRAIN_LABELS, gzip(labels(trainCount, random)));
        files.put(DatasetCatalog.TEST_IMAGES, gzip(images(testCount, random)));
        files.put(DatasetCatalog.TEST_LABELS, gzip(labels(testCount, random)));
        return new FakeIdxSet(files);
    }

    public byte[] bytes(String name) {
        return files.get(name);
    }

    /** Serves every file under {@code prefix} (which starts and ends with '/'). */
    public void serveUnder(LoopbackServer server, String prefix) {
        files.forEach((name, body) -> server.serve(prefix + name, body));
    }

    /** A catalog entry named {@code name} for these files, with their sizes when {@code withSizes}. */
    public DownloadableDataset dataset(String name, URI canonical, URI mirror, boolean withSizes) {
        List<DatasetFile> entries = new ArrayList<>();
        files.forEach((file, body) -> entries.add(new DatasetFile(file, sha256(body), withSizes ? body.length : 0)));
        return new DownloadableDataset(name, "Fake " + name, "random test images", "test data", "1x28x28",
                canonical, mirror, entries, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] images(int count, Random random) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * 784);
        buffer.putInt(0x00000803).putInt(count).putInt(28).putInt(28);
        byte[] pixels = new byte[count * 784];
        random.nextBytes(pixels);
        return buffer.put(pixels).array();
    }

    private static byte[] labels(int count, Random random) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + count);
        buffer.putInt(0x00000801).putInt(count);
        for (int i = 0; i < count; i++) {
            buffer.put((byte) random.nextInt(10));
        }
        return buffer.array();
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
