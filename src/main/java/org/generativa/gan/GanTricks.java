package org.generativa.gan;

/**
 * The stabilising tricks, each off at its neutral value (zero, false, or one sample per pack).
 *
 * @param labelSmoothing one-sided: real targets become 1 - labelSmoothing (losses with targets only)
 * @param labelFlip probability that an example is presented to D with the other side's label
 * @param instanceNoise standard deviation of Gaussian noise added to everything D sees
 * @param replayBatches past fake batches kept for experience replay; half of each fake batch D sees comes from them
 * @param minibatchStd D gets the minibatch standard deviation feature before its last layer
 * @param dropout dropout rate in D after each hidden layer
 * @param packing PacGAN: D judges packs of this many samples, all real or all fake, concatenated into one input
 * @param unrolledSteps unrolled GAN: G is updated against D as it would be after this many more D steps
 * @param generatorAverage decay of an exponential moving average of G's weights that samples are drawn
 *     from (0.999 averages over about the last thousand steps); training itself never sees it
 */
public record GanTricks(double labelSmoothing, double labelFlip, double instanceNoise, int replayBatches,
        boolean minibatchStd, double dropout, int packing, int unrolledSteps, double generatorAverage) {

    public static final GanTricks NONE = new GanTricks(0, 0, 0, 0, false, 0, 1, 0, 0);

    public GanTricks {
        if (packing == 0) {
            // Configs saved before packing existed read it as 0.
            packing = 1;
        }
    }

    public GanTricks withLabelSmoothing(double value) {
        return new GanTricks(value, labelFlip, instanceNoise, replayBatches, minibatchStd, dropout, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withLabelFlip(double value) {
        return new GanTricks(labelSmoothing, value, instanceNoise, replayBatches, minibatchStd, dropout, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withInstanceNoise(double value) {
        return new GanTricks(labelSmoothing, labelFlip, value, replayBatches, minibatchStd, dropout, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withReplayBatches(int value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, value, minibatchStd, dropout, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withMinibatchStd(boolean value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, value, dropout, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withDropout(double value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, minibatchStd, value, packing, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withPacking(int value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, minibatchStd, dropout, value, unrolledSteps,
                generatorAverage);
    }

    public GanTricks withUnrolledSteps(int value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, minibatchStd, dropout, packing, value,
                generatorAverage);
    }

    public GanTricks withGeneratorAverage(double value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, minibatchStd, dropout, packing, unrolledSteps,
                value);
    }
}
