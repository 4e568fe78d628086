package org.generativa.train;

/** A grid of sample images as premultiplied BGRA bytes, ready to copy into a writable image. */
public record ImageGrid(int width, int height, byte[] bgra) implements Preview {}
