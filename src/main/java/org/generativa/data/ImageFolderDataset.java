package org.generativa.data;

import java.util.List;

/** Images decoded from a folder, cropped and resized to one square size; labels are sub-folder names. */
public final class ImageFolderDataset extends ImageSet {

    private final String name;
    private final int side;
    private final int channels;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> labelNames;
    private final List<SkippedFile> skipped;
    private final int filesFound;

    ImageFolderDataset(String name, int side, int channels, byte[] pixels, int[] labels, List<String> labelNames,
            List<SkippedFile> skipped, int filesFound) {
        this.name = name;
        this.side = side;
        this.channels = channels;
        this.pixels = pixels;
        this.labels = labels;
        this.labelNames = labelNames;
        this.skipped = List.copyOf(skipped);
        this.filesFound = filesFound;
    }

    /** Files that looked like images but could not be used, each with its reason. */
    public List<SkippedFile> skipped() {
        return skipped;
    }

    /** Image files found in the folder, usable or not. */
    public int filesFound() {
        return filesFound;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] itemShape() {
        return new int[] {channels, side, side};
    }

    @Override
    public List<String> labelNames() {
        return labelNames;
    }

    @Override
    public int count() {
        return labels.length;
    }

    @Override
    public void read(int index, float[] out, int offset) {
        int plane = side * side;
        int base = index * channels * plane;
        for (int i = 0; i < channels * plane; i++) {
            out[offset + i] = (pixels[base + i] & 0xFF) / 255f;
        }
    }

    @Override
    public int label(int index) {
        return labels[index];
    }
}
