package org.generativa.metrics;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.util.Arrays;
import org.generativa.common.InvalidInputException;
import org.generativa.nn.ConvFeatures;

/**
 * The reference classifier's network: two conv stages of 32 and 64 channels with max-pooling (the
 * first conv strided for 64-pixel images, so every size ends at 7 or 8 pixels across), a 128-unit
 * feature layer, dropout, and one logit per real class plus one for "not a sample".
 */
final class ClassifierNetwork {

    static final int FEATURES = 128;
    private static final int[] STAGE_CHANNELS = {32, 64};
    private static final float DROPOUT = 0.3f;

    final SequentialBlock whole = new SequentialBlock();
    final SequentialBlock features;
    final SequentialBlock head = new SequentialBlock();

    ClassifierNetwork(NDManager manager, int[] imageShape, int realClasses) {
        requireSupported(imageShape);
        features = ConvFeatures.of(imageShape[1] == 64 ? 2 : 1, STAGE_CHANNELS, FEATURES);
        head.add(Dropout.builder().optRate(DROPOUT).build());
        head.add(Linear.builder().setUnits(realClasses + 1).build());
        whole.add(features).add(head);
        whole.initialize(manager, DataType.FLOAT32, new Shape(1, imageShape[0], imageShape[1], imageShape[2]));
    }

    static void requireSupported(int[] shape) {
        boolean ok = shape.length == 3 && (shape[0] == 1 || shape[0] == 3) && shape[1] == shape[2]
                && (shape[1] == 28 || shape[1] == 32 || shape[1] == 64);
        if (!ok) {
            throw InvalidInputException.of("classifier.shape", Arrays.toString(shape));
        }
    }
}
