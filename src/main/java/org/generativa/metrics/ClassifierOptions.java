package org.generativa.metrics;

import org.generativa.common.InvalidInputException;

/**
 * How a reference classifier is trained. Everything but {@code threads} is part of the cache key,
 * so a classifier trained another way is trained afresh rather than reused.
 *
 * @param steps Adam updates
 * @param batchSize images per update, real and negative together
 * @param learningRate the starting rate; it decays along a cosine to a tenth of it by the last step
 * @param threads PyTorch intra-op threads while training (restored afterwards)
 * @param seed seeds the engine's generator (initial weights, dropout) and the batch order
 * @param blurred whether two thirds of the real training images are blurred (once or twice by a 3x3 box), so that
 *     the classifier also reads soft images such as a VAE's: the attribute judge of latent arithmetic
 */
public record ClassifierOptions(int steps, int batchSize, double learningRate, int threads, long seed, boolean blurred) {

    public static final ClassifierOptions DEFAULT = new ClassifierOptions(1500, 64, 2e-3, 2, 1, false);

    /** The options of attribute judges: the default ones, trained on blurred images too. */
    public static final ClassifierOptions BLURRED = DEFAULT.withBlurred(true);

    public ClassifierOptions {
        if (steps < 1 || batchSize < 2 || !(learningRate > 0) || threads < 1) {
            throw InvalidInputException.of("classifier.options", String.valueOf(steps), String.valueOf(batchSize),
                    String.valueOf(learningRate), String.valueOf(threads));
        }
    }

    public ClassifierOptions withSteps(int value) {
        return new ClassifierOptions(value, batchSize, learningRate, threads, seed, blurred);
    }

    public ClassifierOptions withThreads(int value) {
        return new ClassifierOptions(steps, batchSize, learningRate, value, seed, blurred);
    }

    public ClassifierOptions withSeed(long value) {
        return new ClassifierOptions(steps, batchSize, learningRate, threads, value, blurred);
    }

    public ClassifierOptions withBlurred(boolean value) {
        return new ClassifierOptions(steps, batchSize, learningRate, threads, seed, value);
    }
}
