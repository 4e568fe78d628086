package org.generativa.autoencoder;

import java.util.List;
import org.generativa.data.Factor;
import org.generativa.data.ImageSet;

/** The first {@code count} images of a set: the part an autoencoder trains on when the rest is held out. */
final class FirstItems extends ImageSet {

    private final ImageSet whole;
    private final int count;

    FirstItems(ImageSet whole, int count) {
        this.whole = whole;
        this.count = count;
    }

    @Override
    public String name() {
        return whole.name();
    }

    @Override
    public int[] itemShape() {
        return whole.itemShape();
    }

    @Override
    public List<String> labelNames() {
        return whole.labelNames();
    }

    @Override
    public List<Factor> factors() {
        return whole.factors();
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public void read(int index, float[] out, int offset) {
        whole.read(checked(index), out, offset);
    }

    @Override
    public int label(int index) {
        return whole.label(checked(index));
    }

    @Override
    public int factor(int index, int factor) {
        return whole.factor(checked(index), factor);
    }

    private int checked(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("Item " + index + " is held out (the training part has " + count + ").");
        }
        return index;
    }
}
