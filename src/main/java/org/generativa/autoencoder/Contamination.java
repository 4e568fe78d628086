package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.generativa.common.CliChoice;

/**
 * What spoils the training data itself, input and target alike (unlike a denoising AE's corruption, which the
 * target is spared): the robust autoencoder's correntropy loss is meant to shrug it off. Held-out images stay clean.
 */
public enum Contamination implements CliChoice {
    /** The data as it is. */
    NONE("none"),
    /** Impulse noise: each pixel, with probability level, becomes 0 or 1, each half the time. */
    IMPULSE("impulse"),
    /** Outlier images: each image, with probability level, is replaced by uniform noise. */
    OUTLIERS("outliers");

    private final String cliName;

    Contamination(String cliName) {
        this.cliName = cliName;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static Contamination fromCliName(String name) {
        return CliChoice.parse(Contamination.class, name, "choice.contamination");
    }

    /** {@code x} (one item per row, values in [0, 1]) contaminated at {@code level} with noise from {@code noise}. */
    public NDArray apply(NDArray x, double level, NoiseSource noise) {
        return switch (this) {
            case NONE -> x;
            case IMPULSE -> Corruption.saltAndPepper(x, noise.uniform(x.getShape()), noise.uniform(x.getShape()), level);
            case OUTLIERS -> {
                Shape shape = x.getShape();
                NDArray replaced = noise.uniform(new Shape(shape.get(0), 1)).lt((float) level).toType(DataType.FLOAT32, false);
                yield x.mul(replaced.neg().add(1)).add(noise.uniform(shape).mul(replaced));
            }
        };
    }
}
