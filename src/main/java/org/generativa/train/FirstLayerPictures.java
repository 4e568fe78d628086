package org.generativa.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.WeightTiles;

/**
 * A network's first layer, the one that looks at the items themselves, drawn as pictures ({@link WeightTiles}): a
 * dense unit's weights laid out like an item, or a filter's kernel over the item's channels. Weights for inputs
 * beside the item (a class, other packed samples) are left out.
 */
public final class FirstLayerPictures {

    private FirstLayerPictures() {}

    /** @param itemShape {@code {channels, height, width}} of the items the network takes */
    public static ImageGrid of(Block network, int[] itemShape, int shown, int columns) {
        NDArray weight = network.getParameters().stream().filter(p -> p.getValue().getType() == Parameter.Type.WEIGHT)
                .findFirst().orElseThrow(() -> new IllegalStateException("The network has no weights.")).getValue()
                .getArray();
        long[] shape = weight.getShape().getShape();
        int units = (int) shape[0];
        int rowLength = (int) (weight.size() / units);
        float[] values = weight.toFloatArray();
        return shape.length == 4
                ? WeightTiles.of(values, units, rowLength, itemShape[0], (int) shape[2], (int) shape[3], shown, columns)
                : WeightTiles.of(values, units, rowLength, itemShape[0], itemShape[1], itemShape[2], shown, columns);
    }
}
