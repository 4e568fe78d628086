package org.generativa.data;

/** Reads held-out items once and hands out prefixes of them. */
public final class HeldOutCache {

    private final Dataset data;
    private final int tail;
    private HeldOutItems cached;

    /** @param tail how many images at the end of an image set count as held out */
    public HeldOutCache(Dataset data, int tail) {
        this.data = data;
        this.tail = tail;
    }

    public HeldOutItems get(int max) {
        int available = data instanceof ImageSet set ? Math.min(tail, set.count()) : Integer.MAX_VALUE;
        if (cached == null || cached.count() < Math.min(max, available)) {
            cached = HeldOutItems.read(data, tail, max);
        }
        return cached.first(max);
    }
}
