package org.generativa.data;

/** The contents of one IDX file of unsigned bytes: its dimensions and data, row-major. */
record IdxArray(int[] dims, byte[] data) {

    int count() {
        return dims[0];
    }
}
