package org.generativa.testing;

import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeVariant;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanModelKind;

/** Small models that build and step in milliseconds. */
public final class Tiny {

    private Tiny() {}

    public static GanConfig gan(GanModelKind model, String dataset) {
        return GanConfig.defaultsFor(model, DataSpec.of(dataset), DataKind.IMAGES).withBatchSize(8).withHiddenWidth(8)
                .withLatentSize(4).withThreads(1);
    }

    public static AeConfig ae(AeVariant variant, String dataset, int codeSize) {
        return AeConfig.defaultsFor(variant, DataSpec.of(dataset), DataKind.IMAGES).withBatchSize(8).withHiddenWidth(16)
                .withCodeSize(codeSize).withThreads(1);
    }
}
