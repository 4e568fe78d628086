package org.generativa.preview;

/**
 * A layer's weights drawn as pictures, one tile per unit (or filter): the weights the unit multiplies the input with,
 * laid out like the input. Each tile is scaled on its own so that 0 is mid-grey and its largest weight in size is
 * black or white: the pattern that excites the unit most is its light part.
 */
public final class WeightTiles {

    private WeightTiles() {}

    /**
     * @param weights {@code units} rows of {@code rowLength} values, one unit after another; each row begins with the
     *     {@code channels * height * width} drawn (a unit may also see a class, or several packed samples)
     * @param shown how many units to draw, the first ones
     */
    public static ImageGrid of(float[] weights, int units, int rowLength, int channels, int height, int width, int shown,
            int columns) {
        int size = channels * height * width;
        if (weights.length != units * rowLength || rowLength < size) {
            throw new IllegalArgumentException(weights.length + " weights are not " + units + " units of " + size);
        }
        int count = Math.min(units, shown);
        float[] tiles = new float[count * size];
        for (int u = 0; u < count; u++) {
            float largest = 0;
            for (int i = 0; i < size; i++) {
                largest = Math.max(largest, Math.abs(weights[u * rowLength + i]));
            }
            for (int i = 0; i < size; i++) {
                tiles[u * size + i] = largest == 0 ? 0.5f : 0.5f + weights[u * rowLength + i] / (2 * largest);
            }
        }
        return GridRenderer.render(tiles, count, channels, height, width, Math.min(columns, count), 0f, 1f);
    }
}
