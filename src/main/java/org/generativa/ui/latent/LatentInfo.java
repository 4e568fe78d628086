package org.generativa.ui.latent;

import java.util.List;
import org.generativa.data.Factor;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;

/**
 * What the latent explorer shows about the model it explores.
 *
 * @param order latent dimensions, most informative first
 * @param spread mean and standard deviation of each dimension: of encoded held-out items, or the prior's
 * @param images whether the model's items are pictures (else 2-D points or values, which only the map shows)
 * @param channels colour channels of a picture
 * @param side width and height of a picture
 * @param labelNames classes of the training data (for attribute vectors and map colours)
 * @param factors known factors of the training data, such as the faces' smile
 */
public record LatentInfo(String datasetName, int latentSize, boolean hasEncoder, List<String> classes, int[] order,
        double[] importance, LatentModel.Importance importanceKind, CodeStatistics spread, boolean images, int channels, int side, List<String> labelNames,
        List<Factor> factors) {

    public boolean conditional() {
        return !classes.isEmpty();
    }

    /** The slider range of one dimension: three standard deviations either side of its mean. */
    double low(int dimension) {
        return spread.mean()[dimension] - 3 * sigma(dimension);
    }

    double high(int dimension) {
        return spread.mean()[dimension] + 3 * sigma(dimension);
    }

    private double sigma(int dimension) {
        double s = spread.std()[dimension];
        return s > 1e-6 ? s : 1;
    }
}
