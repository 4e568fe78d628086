package org.generativa.data.archfixture;

import org.generativa.autoencoder.AeVariant;

/** Deliberately wrong, never run: a dataset that knows the autoencoders. */
public final class DataReachesIntoAutoencoder {

    String variant() {
        return AeVariant.VAE.cliName();
    }
}
