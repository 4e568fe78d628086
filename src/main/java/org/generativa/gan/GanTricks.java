package org.generativa.gan;

/**
 * The stabilising tricks, each off at its zero value.
 *
 * @param labelSmoothing one-sided: real targets become 1 - labelSmoothing (losses with targets only)
 * @param labelFlip probability that an example is presented to D with the other side's label
 * @param instanceNoise standard deviation of Gaussian noise added to everything D sees
 * @param replayBatches past fake batches kept for experience replay; half of each fake batch D sees comes from them
 * @param minibatchStd D gets the minibatch standard deviation feature before its last layer
 * @param dropout dropout rate in D after each hidden layer
 */
public record GanTricks(double labelSmoothing, double labelFlip, double instanceNoise, int replayBatches,
        boolean minibatchStd, double dropout) {

    public static final GanTricks NONE = new GanTricks(0, 0, 0, 0, false, 0);

    public GanTricks withLabelSmoothing(double value) {
        return new GanTricks(value, labelFlip, instanceNoise, replayBatches, minibatchStd, dropout);
    }

    public GanTricks withLabelFlip(double value) {
        return new GanTricks(labelSmoothing, value, instanceNoise, replayBatches, minibatchStd, dropout);
    }

    public GanTricks withInstanceNoise(double value) {
        return new GanTricks(labelSmoothing, labelFlip, value, replayBatches, minibatchStd, dropout);
    }

    public GanTricks withReplayBatches(int value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, value, minibatchStd, dropout);
    }

    public GanTricks withMinibatchStd(boolean value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, value, dropout);
    }

    public GanTricks withDropout(double value) {
        return new GanTricks(labelSmoothing, labelFlip, instanceNoise, replayBatches, minibatchStd, value);
    }
}
