package org.generativa.preview;

/** Real and generated 2-D points, coordinates interleaved (x0, y0, x1, y1, ...). */
public record PointCloud(float[] real, float[] generated) implements Preview {}
