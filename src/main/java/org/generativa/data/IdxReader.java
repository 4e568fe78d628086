package org.generativa.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;

/**
 * Reads IDX files (the MNIST family's format), plain or gzip-compressed, and refuses anything that
 * does not add up: magic number, element type, dimensions, item count and file length.
 */
final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    private IdxReader() {}

    /** Reads a file that must have {@code expectedDims} dimensions (3 for images, 1 for labels). */
    static IdxArray read(Path file, int expectedDims) {
        DataFiles.requireReadableFile(file, Sentence.of("idx.anIdxFile"));
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(file, new DataInputStream(in), gzip ? -1 : Files.size(file), expectedDims);
        } catch (ZipException e) {
            throw InvalidInputException.of(e, "idx.damagedGzip", file, e.getMessage());
        } catch (EOFException e) {
            throw InvalidInputException.of(e, "idx.cutOff", file);
        } catch (IOException e) {
            throw InvalidInputException.of(e, "idx.unreadable", file, e.getMessage());
        }
    }

    private static IdxArray read(Path file, DataInputStream in, long fileLength, int expectedDims) throws IOException {
        byte[] magic = new byte[4];
        int got = in.readNBytes(magic, 0, 4);
        if (got < 4 || magic[0] != 0 || magic[1] != 0 || magic[3] < 1 || magic[3] > 4) {
            throw InvalidInputException.of("idx.notIdx", file, hex(magic, got), String.valueOf(expectedDims));
        }
        if ((magic[2] & 0xFF) != UNSIGNED_BYTE) {
            throw InvalidInputException.of("idx.elementType", file, String.format(Locale.ROOT, "%02X", magic[2]));
        }
        int[] dims = new int[magic[3]];
        long bytes = 1;
        for (int i = 0; i < dims.length; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) {
                throw InvalidInputException.of("idx.negativeDimension", file, String.valueOf(dims[i]));
            }
            bytes *= dims[i];
            if (bytes > MAX_BYTES) {
                throw InvalidInputException.of("idx.tooLarge", file);
            }
        }
        checkShape(file, dims, expectedDims);
        long headerBytes = 4 + 4L * dims.length;
        if (fileLength >= 0 && fileLength < headerBytes + bytes) {
            throw InvalidInputException.of("idx.tooShortBytes", file, describe(dims), String.valueOf(headerBytes + bytes),
                    String.valueOf(fileLength));
        }
        byte[] data = new byte[(int) bytes];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            long itemBytes = bytes / dims[0];
            throw InvalidInputException.of("idx.tooShortItems", file, describe(dims), String.valueOf(read / itemBytes));
        }
        if (in.read() != -1) {
            throw InvalidInputException.of("idx.tooLong", file, describe(dims));
        }
        return new IdxArray(dims, data);
    }

    private static void checkShape(Path file, int[] dims, int expectedDims) {
        if (dims.length != expectedDims) {
            if (expectedDims == 3 && dims.length == 1) {
                throw InvalidInputException.of("idx.labelsNotImages", file);
            }
            if (expectedDims == 1 && dims.length == 3) {
                throw InvalidInputException.of("idx.imagesNotLabels", file);
            }
            throw InvalidInputException.of(expectedDims == 3 ? "idx.dimensionsOfImages" : "idx.dimensionsOfLabels", file,
                    String.valueOf(dims.length), String.valueOf(expectedDims));
        }
        if (dims[0] == 0) {
            throw InvalidInputException.of("idx.noItems", file);
        }
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] == 0) {
                throw InvalidInputException.of("idx.zeroSize", file, describeSize(dims));
            }
        }
    }

    private static Sentence describe(int[] dims) {
        return dims.length == 3 ? Sentence.of("idx.images", String.valueOf(dims[0]), describeSize(dims))
                : Sentence.of("idx.items", String.valueOf(dims[0]));
    }

    private static String describeSize(int[] dims) {
        return dims[1] + "×" + dims[2];
    }

    private static Sentence hex(byte[] bytes, int count) {
        if (count == 0) {
            return Sentence.of("idx.emptyFile");
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i]));
        }
        return Sentence.plain(s.toString());
    }
}
