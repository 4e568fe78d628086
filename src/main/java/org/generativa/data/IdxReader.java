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
        DataFiles.requireReadableFile(file, "an IDX file");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(file, new DataInputStream(in), gzip ? -1 : Files.size(file), expectedDims);
        } catch (ZipException e) {
            throw new InvalidInputException(file + " is a damaged gzip file (" + e.getMessage() + ").", e);
        } catch (EOFException e) {
            throw new InvalidInputException(file + " ends early: the compressed data is cut off, so the download or copy was"
                    + " incomplete.", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static IdxArray read(Path file, DataInputStream in, long fileLength, int expectedDims) throws IOException {
        byte[] magic = new byte[4];
        int got = in.readNBytes(magic, 0, 4);
        if (got < 4 || magic[0] != 0 || magic[1] != 0 || magic[3] < 1 || magic[3] > 4) {
            throw new InvalidInputException(file + " is not an IDX file: it starts with " + hex(magic, got)
                    + " instead of 00 00 08 0" + expectedDims + ".");
        }
        if ((magic[2] & 0xFF) != UNSIGNED_BYTE) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s stores elements of type 0x%02X; Generativa reads IDX files of unsigned bytes (type 0x08).", file, magic[2]));
        }
        int[] dims = new int[magic[3]];
        long bytes = 1;
        for (int i = 0; i < dims.length; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) {
                throw new InvalidInputException(file + " has a negative dimension in its header (" + dims[i] + ").");
            }
            bytes *= dims[i];
            if (bytes > MAX_BYTES) {
                throw new InvalidInputException(file + " declares more than 2 GB of data in its header; that is not a dataset"
                        + " Generativa can load.");
            }
        }
        checkShape(file, dims, expectedDims);
        long headerBytes = 4 + 4L * dims.length;
        if (fileLength >= 0 && fileLength < headerBytes + bytes) {
            throw new InvalidInputException(file + " is too short: its header promises " + describe(dims) + " ("
                    + (headerBytes + bytes) + " bytes) but the file has " + fileLength + " bytes.");
        }
        byte[] data = new byte[(int) bytes];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            long itemBytes = bytes / dims[0];
            throw new InvalidInputException(file + " is too short: its header promises " + describe(dims) + " but the data"
                    + " ends after " + (read / itemBytes) + " of them.");
        }
        if (in.read() != -1) {
            throw new InvalidInputException(file + " has more data than its header describes (" + describe(dims)
                    + "); it may be damaged.");
        }
        return new IdxArray(dims, data);
    }

    private static void checkShape(Path file, int[] dims, int expectedDims) {
        if (dims.length != expectedDims) {
            if (expectedDims == 3 && dims.length == 1) {
                throw new InvalidInputException(file + " holds labels, not images: choose the matching images file"
                        + " (…-images-idx3-ubyte).");
            }
            if (expectedDims == 1 && dims.length == 3) {
                throw new InvalidInputException(file + " holds images, not labels: choose the matching labels file"
                        + " (…-labels-idx1-ubyte).");
            }
            throw new InvalidInputException(file + " has " + dims.length + " dimensions; expected " + expectedDims
                    + (expectedDims == 3 ? " (count, rows, columns)." : " (count)."));
        }
        if (dims[0] == 0) {
            throw new InvalidInputException(file + " holds no items: its header says the count is 0.");
        }
        for (int i = 1; i < dims.length; i++) {
            if (dims[i] == 0) {
                throw new InvalidInputException(file + " declares images of size " + describeSize(dims) + ".");
            }
        }
    }

    private static String describe(int[] dims) {
        return dims.length == 3 ? dims[0] + " images of " + describeSize(dims) : dims[0] + " items";
    }

    private static String describeSize(int[] dims) {
        return dims[1] + "×" + dims[2];
    }

    private static String hex(byte[] bytes, int count) {
        if (count == 0) {
            return "nothing (the file is empty)";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i]));
        }
        return s.toString();
    }
}
