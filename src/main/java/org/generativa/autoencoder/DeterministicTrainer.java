package org.generativa.autoencoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.generativa.nn.Scalars;
import org.generativa.train.StepKind;

/**
 * Training of the autoencoders with a deterministic code and one objective: ae, stacked-ae, conv-ae,
 * denoising-ae, sparse-ae, contractive-ae and robust-ae. A stacked-ae with pretraining first trains
 * each encoder layer with its mirror decoder layer as a shallow autoencoder of the layer below's codes,
 * then fine-tunes the whole stack.
 */
final class DeterministicTrainer implements AeTrainer {

    private static final int JACOBIAN_PROBES = 2;
    private static final double SIGMA_START = 4;
    private static final int SIGMA_STEPS = 500;

    private final AeNetworks nets;
    private final boolean images;
    private final AeVariant variant;
    private final int pretrainSteps;
    private volatile AeConfig config;

    DeterministicTrainer(AeNetworks nets, AeConfig config, boolean images) {
        this.nets = nets;
        this.config = config;
        this.images = images;
        this.variant = config.variant();
        this.pretrainSteps = variant.layerWise() ? config.pretrainSteps() : 0;
    }

    @Override
    public void applyLive(AeConfig updated) {
        config = updated;
        nets.applyLive(updated);
    }

    /** 0 when fine-tuning (or never pretraining), i while pretraining layer i (1-based). */
    int phaseAt(long step) {
        long pretraining = (long) pretrainSteps * nets.layerCount();
        return step < pretraining ? (int) (step / pretrainSteps) + 1 : 0;
    }

    @Override
    public StepValues step(NDManager m, NDArray x, StepKind kind, long step) {
        int phase = phaseAt(step);
        if (phase > 0) {
            return pretrain(x, phase - 1);
        }
        AeConfig c = config;
        Reconstruction reconstruction = Reconstruction.of(c, images);
        NoiseSource noise = NoiseSource.engine(m);
        NDArray input = variant == AeVariant.DENOISING_AE
                ? Corruption.apply(c.corruption(), x, c.noiseLevel(), noise, images) : x;
        StepValues values = new StepValues();
        NDArray outputs;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            EncoderPass pass = variant == AeVariant.CONTRACTIVE_AE ? nets.encodeTracked(input, true) : null;
            NDArray code = pass != null ? pass.code() : nets.encode(input, true);
            outputs = nets.decode(code, true);
            NDArray recon = reconstruction.loss(x, outputs);
            NDArray loss = recon;
            switch (variant) {
                case SPARSE_AE -> {
                    NDArray activity = SparsityPenalty.activity(code, c.activation());
                    NDArray term = Scalars.times(SparsityPenalty.of(c.sparsity(), activity, c.rho()), c.sparsityWeight());
                    loss = loss.add(term);
                    values.put(AeMetrics.SPARSITY, term.getFloat());
                    values.rhoHat = toDoubles(SparsityPenalty.meanActivation(activity).toFloatArray());
                    values.put(AeMetrics.RHO_HAT, activity.mean().getFloat());
                }
                case CONTRACTIVE_AE -> {
                    NDArray term = Scalars.times(ContractivePenalty.of(pass), c.contractiveWeight());
                    loss = loss.add(term);
                    values.put(AeMetrics.CONTRACTIVE, term.getFloat());
                }
                case ROBUST_AE -> {
                    loss = ReconstructionLoss.correntropyLoss(x, reconstruction.mean(outputs), annealedSigma(c.kernelSigma(), step));
                    values.put(AeMetrics.CORRENTROPY, loss.getFloat());
                }
                default -> { }
            }
            collector.backward(loss);
            values.put(AeMetrics.LOSS, loss.getFloat()).put(AeMetrics.RECON, recon.getFloat());
        }
        nets.autoencoderParameters().update();
        if (AeMetrics.reportsPhase(config)) {
            values.put(AeMetrics.PHASE, 0);
        }
        if (variant == AeVariant.DENOISING_AE && images) {
            values.put(AeMetrics.PSNR_IN, Psnr.meanPerImage(x, input));
            values.put(AeMetrics.PSNR_OUT, Psnr.meanPerImage(x, reconstruction.mean(outputs)));
        }
        if (variant == AeVariant.AE || variant == AeVariant.DENOISING_AE || variant == AeVariant.CONTRACTIVE_AE) {
            values.put(AeMetrics.JACOBIAN_FRO2,
                    EncoderJacobian.frobeniusSquared(v -> nets.encode(v, false), x, noise, JACOBIAN_PROBES));
        }
        return values;
    }

    /**
     * The correntropy kernel's width at {@code step}: {@value #SIGMA_START} times {@code sigma} at first, shrinking
     * linearly to {@code sigma} over the first {@value #SIGMA_STEPS} steps. A narrow kernel from the start treats every
     * pixel the untrained decoder gets wrong (the strokes, at first) as an outlier and never learns them; a wide one
     * weighs every error like squared error does, and as it narrows, the errors that stay large are the outliers.
     */
    static double annealedSigma(double sigma, long step) {
        double left = Math.max(0, 1 - (double) step / SIGMA_STEPS);
        return sigma * (1 + (SIGMA_START - 1) * left);
    }

    /**
     * Trains encoder layer {@code layer} (0-based) and its mirror to reconstruct the codes of the layer below; a stacked
     * denoising autoencoder corrupts those codes first and reconstructs the clean ones (only pixels are clipped).
     */
    private StepValues pretrain(NDArray x, int layer) {
        Reconstruction reconstruction = Reconstruction.of(config, images);
        NDArray below = x;
        for (int i = 0; i < layer; i++) {
            below = nets.encodeLayer(i, below, false);
        }
        AeConfig c = config;
        NDArray input = c.denoiseLayers()
                ? Corruption.apply(c.corruption(), below, c.noiseLevel(), NoiseSource.engine(x.getManager()), layer == 0 && images)
                : below;
        float loss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray code = nets.encodeLayer(layer, input, true);
            NDArray back = nets.decodeLayer(nets.layerCount() - 1 - layer, code, true);
            NDArray objective = layer == 0 ? reconstruction.loss(x, back) : ReconstructionLoss.squaredError(below, back);
            collector.backward(objective);
            loss = objective.getFloat();
        }
        nets.layerPairParameters(layer).update();
        NDArray whole = nets.decode(nets.encode(x, false), false);
        return new StepValues().put(AeMetrics.LOSS, loss).put(AeMetrics.RECON, reconstruction.loss(x, whole).getFloat())
                .put(AeMetrics.PHASE, layer + 1);
    }

    static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

}
