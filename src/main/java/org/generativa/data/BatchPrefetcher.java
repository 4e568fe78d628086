package org.generativa.data;

import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;

/**
 * Assembles batches on a background thread, a few ahead of the trainer, so a training step does not
 * wait for images to be drawn or decoded. One producer draws from one seeded random stream, so the
 * sequence of batches is the same on every run with the same seed and batch size.
 */
public final class BatchPrefetcher implements AutoCloseable {

    private static final int DEPTH = 4;

    private final Dataset dataset;
    private final ValueRange range;
    private final SplittableRandom random;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(DEPTH);
    private final Thread producer;
    private final AtomicLong assemblyNanos = new AtomicLong();
    private final AtomicLong assembled = new AtomicLong();
    private volatile int batchSize;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private long waitNanos;
    private long taken;

    public BatchPrefetcher(Dataset dataset, long seed, int batchSize, ValueRange range) {
        this.dataset = dataset;
        this.range = range;
        this.random = new SplittableRandom(seed);
        this.batchSize = batchSize;
        this.producer = new Thread(this::produce, "generativa-data");
        producer.setDaemon(true);
        producer.start();
    }

    /** Later batches have this size; batches already assembled at the old size are dropped. */
    public void setBatchSize(int size) {
        batchSize = size;
    }

    /** The next batch, waiting for it if the producer is behind. */
    public Batch next() {
        long start = System.nanoTime();
        try {
            while (true) {
                Batch batch = ready.poll(50, TimeUnit.MILLISECONDS);
                if (failure != null) {
                    throw failure;
                }
                if (batch != null && batch.count() == batchSize) {
                    waitNanos += System.nanoTime() - start;
                    taken++;
                    return batch;
                }
                if (closed) {
                    throw new IllegalStateException("The batch prefetcher is closed.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for data.", e);
        }
    }

    /** Mean time the trainer waited in {@link #next()}, in milliseconds. */
    public double meanWaitMillis() {
        return taken == 0 ? 0 : waitNanos / 1e6 / taken;
    }

    /** Mean time the background thread needed to assemble one batch, in milliseconds. */
    public double meanAssemblyMillis() {
        long n = assembled.get();
        return n == 0 ? 0 : assemblyNanos.get() / 1e6 / n;
    }

    private void produce() {
        try {
            while (!closed) {
                long start = System.nanoTime();
                Batch batch = dataset.sample(batchSize, random);
                if (range == ValueRange.SYMMETRIC && dataset.kind() == DataKind.IMAGES) {
                    float[] values = batch.values();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = values[i] * 2 - 1;
                    }
                }
                assemblyNanos.addAndGet(System.nanoTime() - start);
                assembled.incrementAndGet();
                while (!closed && !ready.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    // wait for the trainer to take one
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvalidInputException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            // Out of memory included: the trainer waiting in next() fails with a sentence instead of waiting forever.
            failure = InvalidInputException.of(e, "failure.dataThread", Sentence.of(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        producer.interrupt();
    }
}
