package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;

/**
 * Writes a checkpoint folder: only weights that are all numbers, every file forced to disk, and a list of their
 * checksums last, which the loader verifies before any weight is read.
 */
public final class CheckpointFiles {

    /** Writes the files of a checkpoint into a folder. */
    public interface Writer {
        void writeTo(Path directory) throws IOException;
    }

    private CheckpointFiles() {}

    /** Refuses, naming the folder, when any weight of {@code blocks} is NaN or infinite; otherwise writes and seals. */
    public static void save(Path directory, List<Block> blocks, Writer writer) throws IOException {
        for (Block block : blocks) {
            if (block != null && !finite(block)) {
                throw InvalidInputException.of("checkpoint.nonFinite", directory);
            }
        }
        Files.createDirectories(directory);
        writer.writeTo(directory);
        Checksums.seal(directory);
    }

    /** Whether every parameter of {@code block} holds only finite numbers. */
    public static boolean finite(Block block) {
        for (Pair<String, Parameter> pair : block.getParameters()) {
            NDArray array = pair.getValue().getArray();
            try (NDManager scratch = array.getManager().newSubManager()) {
                NDArray view = array.duplicate();
                view.attach(scratch);
                if (view.isNaN().logicalOr(view.isInfinite()).any().getBoolean()) {
                    return false;
                }
            }
        }
        return true;
    }
}
