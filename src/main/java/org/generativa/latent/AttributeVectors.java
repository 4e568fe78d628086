package org.generativa.latent;

import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Factor;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.family.LatentModel;

/**
 * Attribute vectors measured on encoded held-out items. They need an encoder: a GAN cannot say which code
 * an image has. Nor do a conditional GAN's classes help: its noise is drawn independently of the class, so
 * the mean noise of every class is the same (zero) and the difference carries no attribute; there the class
 * input itself is the attribute control.
 */
public final class AttributeVectors {

    private AttributeVectors() {}

    /** Mean of the codes whose {@code has} is true minus the mean of the others. */
    public static float[] difference(float[] codes, int count, int size, boolean[] has) {
        double[] with = new double[size];
        double[] without = new double[size];
        int nWith = 0;
        for (int i = 0; i < count; i++) {
            double[] sum = has[i] ? with : without;
            for (int j = 0; j < size; j++) {
                sum[j] += codes[i * size + j];
            }
            nWith += has[i] ? 1 : 0;
        }
        int nWithout = count - nWith;
        if (nWith == 0 || nWithout == 0) {
            throw InvalidInputException.of(nWith == 0 ? "latent.attributeAllLack" : "latent.attributeAllHave",
                    String.valueOf(count));
        }
        float[] direction = new float[size];
        for (int j = 0; j < size; j++) {
            direction[j] = (float) (with[j] / nWith - without[j] / nWithout);
        }
        return direction;
    }

    /**
     * The vector of one value of a known factor of the data (faces' smile = yes, say) against the other values,
     * from up to {@code maxItems} held-out items. Runs on the engine thread.
     */
    public static AttributeVector ofFactor(LatentModel model, int factor, int value, int maxItems) {
        requireEncoder(model);
        List<Factor> factors = model.dataset().factors();
        if (!(model.dataset() instanceof ImageSet set) || factor < 0 || factor >= factors.size()) {
            throw InvalidInputException.of("latent.noFactor", model.dataset().name(), String.valueOf(factor));
        }
        Factor f = factors.get(factor);
        if (value < 0 || value >= f.values().size()) {
            throw InvalidInputException.of("latent.noFactorValue", f.name(), String.valueOf(value));
        }
        HeldOutItems items = model.heldOutItems(maxItems);
        boolean[] has = new boolean[items.count()];
        for (int i = 0; i < has.length; i++) {
            has[i] = set.factor(items.indices()[i], factor) == value;
        }
        return measure(model, items, has, f.name() + ": " + f.values().get(value));
    }

    /** The vector of one class (a digit, say) against all other classes, from up to {@code maxItems} held-out items. */
    public static AttributeVector ofLabel(LatentModel model, int label, int maxItems) {
        requireEncoder(model);
        List<String> names = model.dataset().labelNames();
        if (label < 0 || label >= names.size()) {
            throw InvalidInputException.of("latent.noClass", model.dataset().name(), String.valueOf(label));
        }
        HeldOutItems items = model.heldOutItems(maxItems);
        boolean[] has = new boolean[items.count()];
        for (int i = 0; i < has.length; i++) {
            has[i] = items.labels()[i] == label;
        }
        return measure(model, items, has, names.get(label));
    }

    private static AttributeVector measure(LatentModel model, HeldOutItems items, boolean[] has, String name) {
        float[] codes = model.encode(items.items(), items.count());
        float[] direction = difference(codes, items.count(), model.latentSize(), has);
        int with = 0;
        for (boolean h : has) {
            with += h ? 1 : 0;
        }
        return new AttributeVector(name, direction, with, items.count() - with);
    }

    private static void requireEncoder(LatentModel model) {
        if (!model.hasEncoder()) {
            throw InvalidInputException.of("latent.attributeNeedsEncoder");
        }
    }
}
