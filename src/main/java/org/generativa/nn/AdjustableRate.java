package org.generativa.nn;

import ai.djl.training.tracker.Tracker;

/** A learning rate that the user may change while training runs. */
public final class AdjustableRate implements Tracker {

    private volatile float value;

    public AdjustableRate(double value) {
        set(value);
    }

    public void set(double value) {
        this.value = (float) value;
    }

    public float get() {
        return value;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return value;
    }
}
