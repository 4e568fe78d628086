package org.generativa.nn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what {@link Block#saveParameters} wrote into an initialised block of the same tree. DJL replaces each
 * parameter's array without comparing shapes; this refuses a file whose parameters differ in number or shape
 * from the block's, and keeps trainable parameters trainable.
 */
public final class SavedWeights {

    private SavedWeights() {}

    /**
     * @throws java.nio.file.NoSuchFileException when the file is missing
     * @throws MalformedModelException when the file does not fit the block (the block is then unusable)
     */
    public static void load(Block block, NDManager manager, Path file) throws IOException, MalformedModelException {
        List<Parameter> parameters = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        List<NDArray> previous = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            parameters.add(pair.getValue());
            shapes.add(pair.getValue().getArray().getShape());
            previous.add(pair.getValue().getArray());
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            block.loadParameters(manager, in);
            if (in.read() != -1) {
                throw new MalformedModelException("the file holds more parameters than the network");
            }
        } catch (EOFException e) {
            throw new MalformedModelException("the file holds fewer parameters than the network", e);
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            Shape loaded = parameter.getArray().getShape();
            if (!loaded.equals(shapes.get(i))) {
                throw new MalformedModelException("parameter " + parameter.getName() + " has shape " + loaded
                        + " in the file and " + shapes.get(i) + " in the network");
            }
            if (parameter.requiresGradient()) {
                parameter.getArray().setRequiresGradient(true);
            }
            previous.get(i).close();
        }
    }

    /** Gives {@code group}'s optimizer the state in {@code file} if there is one (older run folders have none). */
    public static void loadOptimizer(ParameterGroup group, Path file) throws IOException, MalformedModelException {
        if (Files.isRegularFile(file)) {
            group.loadOptimizer(file);
        }
    }
}
