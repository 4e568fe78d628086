package org.generativa.data;

/** Progress of a long load: called from the loading thread. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
