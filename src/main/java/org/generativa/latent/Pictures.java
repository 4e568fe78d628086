package org.generativa.latent;

import java.util.Arrays;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.train.GridRenderer;
import org.generativa.train.ImageGrid;

/** Decoded items laid out as a picture. */
final class Pictures {

    private Pictures() {}

    /** {@code count} images in [0, 1] in rows of {@code columns}. */
    static ImageGrid grid(Dataset data, float[] items, int count, int columns) {
        requireImages(data, "This view");
        int[] shape = data.itemShape();
        return GridRenderer.render(items, count, shape[0], shape[1], shape[2], columns, 0f, 1f);
    }

    static void requireImages(Dataset data, String what) {
        if (data.kind() != DataKind.IMAGES) {
            throw new InvalidInputException(what + " shows images, and " + data.name() + " holds "
                    + (data.kind() == DataKind.POINTS ? "2-D points" : "1-D values") + ".");
        }
    }

    /** One class per code for a conditional model ({@code conditionClass} repeated), else null. */
    static int[] classes(LatentModel model, int conditionClass, int count) {
        if (model.conditionClasses().isEmpty()) {
            return null;
        }
        if (conditionClass < 0 || conditionClass >= model.conditionClasses().size()) {
            throw new IllegalArgumentException("class " + conditionClass + " of " + model.conditionClasses().size());
        }
        int[] classes = new int[count];
        Arrays.fill(classes, conditionClass);
        return classes;
    }
}
