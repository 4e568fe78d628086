package org.generativa.latent;

import java.util.Arrays;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.family.LatentModel;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;

/** Decoded items laid out as a picture. */
public final class Pictures {

    private Pictures() {}

    /** {@code count} images in [0, 1] in rows of {@code columns}. */
    public static ImageGrid grid(Dataset data, float[] items, int count, int columns) {
        requireImages(data, Sentence.of("latent.thisView"));
        int[] shape = data.itemShape();
        return GridRenderer.render(items, count, shape[0], shape[1], shape[2], columns, 0f, 1f);
    }

    /** {@code count} codes decoded by {@code model} (for a conditional model, all as {@code conditionClass}) as a picture. */
    public static ImageGrid decode(LatentModel model, float[] codes, int count, int columns, int conditionClass) {
        requireImages(model.dataset(), Sentence.of("latent.thisView"));
        float[] images = model.decode(codes, count, classes(model, conditionClass, count));
        return grid(model.dataset(), images, count, columns);
    }

    /** Refuses data that are not images; {@code what} names the view that shows them. */
    static void requireImages(Dataset data, Sentence what) {
        if (data.kind() != DataKind.IMAGES) {
            throw InvalidInputException.of("latent.showsImages", what, data.name(),
                    Sentence.of(data.kind() == DataKind.POINTS ? "data.points" : "data.values"));
        }
    }

    /** One class per code for a conditional model ({@code conditionClass} repeated), else null. */
    public static int[] classes(LatentModel model, int conditionClass, int count) {
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
