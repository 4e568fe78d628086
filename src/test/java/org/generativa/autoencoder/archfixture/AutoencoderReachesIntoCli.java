package org.generativa.autoencoder.archfixture;

import org.generativa.cli.GenerativaCli;

/** Deliberately wrong, never run: a model family that calls the command line. */
public final class AutoencoderReachesIntoCli {

    int train() {
        return GenerativaCli.run(new String[0], null, null);
    }
}
