package org.generativa.ui.dataset;

import java.nio.file.Path;
import org.generativa.data.DataSpec;
import org.generativa.ui.common.I18n;

/** One line of the dataset picker: where the data comes from and how it is named to the user. */
public record DatasetChoice(DataSpec spec, Origin origin) {

    enum Origin { BUILT_IN, DOWNLOAD, IMPORTED }

    /** The name users see: a translated name for built-ins, the file or folder name for imports. */
    String title() {
        return titleOf(spec);
    }

    public static String titleOf(DataSpec spec) {
        String key = "dataset." + spec.source();
        if (I18n.has(key)) {
            return I18n.get(key);
        }
        Path path = Path.of(spec.source());
        Path name = path.getFileName();
        return name == null ? spec.source() : name.toString();
    }
}
