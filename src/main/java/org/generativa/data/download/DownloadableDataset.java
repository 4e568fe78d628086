package org.generativa.data.download;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dataset that Generativa can download: where its files live (a canonical base URL and an
 * optional mirror, each ending in '/'), what they must hash to, and what its classes are called.
 */
public record DownloadableDataset(String name, String title, String description, String licence, String shape,
        URI canonicalUrl, URI mirrorUrl, List<DatasetFile> files, List<String> classNames) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public DownloadableDataset {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A dataset name must be lower-case letters, digits, '.', '_' or '-', not '" + name + "'.");
        }
        if (canonicalUrl == null) {
            throw new IllegalArgumentException("Dataset " + name + " needs a canonical URL.");
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("Dataset " + name + " needs at least one file.");
        }
        title = title == null ? name : title;
        description = description == null ? "" : description;
        licence = licence == null ? "" : licence;
        shape = shape == null ? "" : shape;
        canonicalUrl = asDirectory(canonicalUrl);
        mirrorUrl = mirrorUrl == null ? null : asDirectory(mirrorUrl);
        files = List.copyOf(files);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    /** Where {@code file} is found on the canonical server. */
    public URI canonicalUrl(DatasetFile file) {
        return canonicalUrl.resolve(file.name());
    }

    /** Where {@code file} is found on the mirror, or null when there is no mirror. */
    public URI mirrorUrl(DatasetFile file) {
        return mirrorUrl == null ? null : mirrorUrl.resolve(file.name());
    }

    /** The sum of the files' sizes, or 0 when any size is unknown. */
    public long totalSize() {
        long total = 0;
        for (DatasetFile f : files) {
            if (!f.sizeKnown()) {
                return 0;
            }
            total += f.size();
        }
        return total;
    }

    /** The same dataset served from other places (tests point it at a loopback server). */
    public DownloadableDataset withUrls(URI canonical, URI mirror) {
        return new DownloadableDataset(name, title, description, licence, shape, canonical, mirror, files, classNames);
    }

    /** The same dataset with other files or checksums. */
    public DownloadableDataset withFiles(List<DatasetFile> newFiles) {
        return new DownloadableDataset(name, title, description, licence, shape, canonicalUrl, mirrorUrl, newFiles, classNames);
    }

    private static URI asDirectory(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? url : URI.create(text + "/");
    }
}
