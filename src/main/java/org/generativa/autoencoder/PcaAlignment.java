package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.generativa.data.Batch;
import org.generativa.data.Dataset;
import org.generativa.data.ImageSet;

/**
 * How far a linear autoencoder is from PCA: the principal angles between its decoder's span and the top-k
 * principal subspace of the training data (k the code size), computed once from the training data (or a large sample of it).
 */
final class PcaAlignment {

    /** The whole training part when it is no larger, else a sample of this many items. */
    static final int MAX_ITEMS = 10_000;

    private final PrincipalSubspace pca;
    private final int codeSize;

    PcaAlignment(Dataset training, int codeSize, long seed) {
        int d = training.itemSize();
        float[] items;
        int n;
        if (training instanceof ImageSet set && set.count() <= MAX_ITEMS) {
            n = set.count();
            items = new float[n * d];
            for (int i = 0; i < n; i++) {
                set.read(i, items, i * d);
            }
        } else {
            n = MAX_ITEMS;
            Batch sample = training.sample(n, new SplittableRandom(seed));
            items = sample.values();
        }
        this.pca = PrincipalSubspace.of(items, n, d, codeSize, seed);
        this.codeSize = codeSize;
    }

    PrincipalSubspace subspace() {
        return pca;
    }

    /**
     * The decoder is affine, {@code x(z) = D z + c}, so its span is that of the columns
     * {@code x(e_i) - x(0)}; returns the angles in degrees, largest first.
     */
    double[] anglesDegrees(AeNetworks nets, NDManager m) {
        NDArray codes = m.eye(codeSize).concat(m.zeros(new Shape(1, codeSize)));
        float[] outputs = nets.decode(codes, false).toFloatArray();
        int d = outputs.length / (codeSize + 1);
        double[][] columns = new double[codeSize][d];
        int origin = codeSize * d;
        for (int i = 0; i < codeSize; i++) {
            for (int r = 0; r < d; r++) {
                columns[i][r] = (double) outputs[i * d + r] - outputs[origin + r];
            }
        }
        return PrincipalAngles.degrees(Orthonormal.columns(columns), pca.directions());
    }
}
