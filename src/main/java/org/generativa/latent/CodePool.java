package org.generativa.latent;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Factor;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.family.LatentModel;

/**
 * Codes whose attributes are known, to average per concept and to measure attribute vectors from: the codes of
 * held-out images with the data's own attribute values (models with an encoder), or codes drawn from the prior
 * whose decoded images an {@link AttributeJudge} labels (any generator, GANs included). Runs on the engine thread.
 */
public record CodePool(float[] codes, int size, AttributeVerdicts attributes, List<Factor> factors, boolean judged) {

    /** Decoded in chunks of this many codes. */
    static final int CHUNK = 250;

    public int count() {
        return attributes.count();
    }

    /** Codes of up to {@code maxItems} held-out images, each with its known factor values. */
    public static CodePool encoded(LatentModel model, int maxItems) {
        if (!model.hasEncoder()) {
            throw InvalidInputException.of("latent.attributeNeedsEncoder");
        }
        List<Factor> factors = requireFactors(model);
        ImageSet set = (ImageSet) model.dataset();
        HeldOutItems items = model.heldOutItems(maxItems);
        int[] values = new int[items.count() * factors.size()];
        for (int i = 0; i < items.count(); i++) {
            for (int f = 0; f < factors.size(); f++) {
                values[i * factors.size() + f] = set.factor(items.indices()[i], f);
            }
        }
        float[] codes = model.encode(items.items(), items.count());
        return new CodePool(codes, model.latentSize(), new AttributeVerdicts(items.count(), factors.size(), values),
                factors, false);
    }

    /** {@code samples} prior codes (seeded) with the attributes {@code judge} sees in their decoded images. */
    public static CodePool judged(LatentModel model, AttributeJudge judge, int samples, long seed) {
        requireFactors(model);
        if (!model.conditionClasses().isEmpty()) {
            throw InvalidInputException.of("latent.judge.conditional");
        }
        if (!judge.dataset().name().equals(model.dataset().name())) {
            throw InvalidInputException.of("latent.judge.otherData", judge.dataset().name(), model.dataset().name());
        }
        int factorCount = judge.factors().size();
        float[] codes = model.samplePrior(samples, seed);
        int[] values = new int[samples * factorCount];
        int size = model.latentSize();
        for (int from = 0; from < samples; from += CHUNK) {
            int n = Math.min(CHUNK, samples - from);
            float[] chunk = new float[n * size];
            System.arraycopy(codes, from * size, chunk, 0, n * size);
            AttributeVerdicts seen = judge.judge(model.decode(chunk, n, null), n);
            System.arraycopy(seen.values(), 0, values, from * factorCount, n * factorCount);
        }
        return new CodePool(codes, size, new AttributeVerdicts(samples, factorCount, values), judge.factors(), true);
    }

    private static List<Factor> requireFactors(LatentModel model) {
        if (!(model.dataset() instanceof ImageSet) || model.dataset().factors().isEmpty()) {
            throw InvalidInputException.of("latent.judge.noFactors", model.dataset().name());
        }
        return model.dataset().factors();
    }

    /** The rows whose attributes match {@code concept}. */
    public int[] matching(Concept concept) {
        return IntStream.range(0, count()).filter(i -> attributes.matches(i, concept)).toArray();
    }

    /** The mean of {@code k} distinct rows drawn from {@code rows}. */
    public float[] meanOfDrawn(int[] rows, int k, SplittableRandom random) {
        int[] pool = rows.clone();
        float[] mean = new float[size];
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(pool.length - i);
            int row = pool[j];
            pool[j] = pool[i];
            pool[i] = row;
            for (int d = 0; d < size; d++) {
                mean[d] += codes[row * size + d] / k;
            }
        }
        return mean;
    }

    /**
     * The mean code of rows with {@code value} of {@code factor} minus the mean of rows with another known value:
     * the attribute vector, refused when either side is empty.
     */
    public AttributeVector vector(int factor, int value) {
        int count = count();
        int known = 0;
        for (int i = 0; i < count; i++) {
            known += attributes.value(i, factor) >= 0 ? 1 : 0;
        }
        float[] kept = new float[known * size];
        boolean[] keptHas = new boolean[known];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int v = attributes.value(i, factor);
            if (v >= 0) {
                keptHas[at] = v == value;
                System.arraycopy(codes, i * size, kept, at * size, size);
                at++;
            }
        }
        float[] direction = AttributeVectors.difference(kept, known, size, keptHas);
        int with = 0;
        for (boolean h : keptHas) {
            with += h ? 1 : 0;
        }
        Factor f = factors.get(factor);
        return new AttributeVector(f.name() + ": " + f.values().get(value), direction, with, known - with);
    }
}
