package org.generativa.autoencoder;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.generativa.nn.AdjustableRate;
import org.generativa.nn.CheckpointFiles;
import org.generativa.nn.NetworkState;
import org.generativa.nn.ConvDecoder;
import org.generativa.nn.ConvEncoder;
import org.generativa.nn.DenseStack;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Mlp;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.RestorableAdam;
import org.generativa.nn.SavedWeights;

/**
 * The encoder, the decoder and (for the aae) the code discriminator of one autoencoder, with the
 * parameter groups its training phases update. Both networks work on flat rows: the encoder maps items
 * to codes (a VAE's mean and log-variance side by side), the decoder maps codes to pre-activation outputs
 * (logits for Bernoulli pixels).
 *
 * <p>Dense encoders have {@code depth} ReLU layers and a code layer, with the configured activation (sigmoid
 * unless chosen otherwise) for the deterministic variants and linear for the generative ones (and the linear ae);
 * decoders mirror them. Each dense
 * layer is a child block of its stack, so a layer can run or train alone.
 */
public final class AeNetworks implements AutoCloseable {

    private static final String ENCODER_FILE = "encoder.params";
    private static final String DECODER_FILE = "decoder.params";
    private static final String DISCRIMINATOR_FILE = "discriminator.params";
    private static final String AUTOENCODER_OPTIMIZER_FILE = "autoencoder.optimizer";
    private static final String DISCRIMINATOR_OPTIMIZER_FILE = "discriminator.optimizer";
    private static final String ENCODER_OPTIMIZER_FILE = "encoder.optimizer";
    private static final float LEAK = 0.2f;

    private final NDManager manager;
    private final SequentialBlock encoder;
    private final SequentialBlock decoder;
    private final Block discriminator;
    private final ParameterStore store;
    private final AdjustableRate rate;
    private final ParameterGroup autoencoder;
    private final ParameterGroup encoderOnly;
    private final ParameterGroup critic;
    private final List<ParameterGroup> layerPairs;
    private final List<Block> encoderStages;
    private final List<Block> decoderStages;
    private final boolean dense;
    private final int codeSize;
    private final boolean variational;
    private final List<LayerActivation> encoderKinds;

    /** @param itemShape {@code {2}} for points, {@code {channels, side, side}} for images */
    public AeNetworks(NDManager parent, AeConfig config, int[] itemShape) {
        this.manager = parent.newSubManager();
        AeVariant variant = config.variant();
        this.dense = !variant.convolutional();
        this.codeSize = config.codeSize();
        this.variational = variant.variational();
        int itemSize = 1;
        for (int d : itemShape) {
            itemSize *= d;
        }
        int encoderOutputs = variant.variational() ? 2 * codeSize : codeSize;
        if (dense) {
            encoder = DenseStack.of(encoderUnits(config, encoderOutputs), encoderActivations(config));
            encoderKinds = encoderActivationKinds(config);
            encoder.initialize(manager, DataType.FLOAT32, new Shape(2, itemSize));
            int[] decoderUnits = decoderUnits(config, itemSize);
            List<Supplier<Block>> decoderActivations = decoderActivations(config);
            decoder = config.tiedWeights()
                    ? DenseStack.tiedMirror(encoder, decoderUnits, decoderActivations)
                    : DenseStack.of(decoderUnits, decoderActivations);
        } else {
            int side = itemShape[1];
            encoder = ConvEncoder.of(itemShape[0], side, config.hiddenWidth(), encoderOutputs, config.downsample());
            encoderKinds = List.of();
            encoder.initialize(manager, DataType.FLOAT32, new Shape(2, itemSize));
            decoder = ConvDecoder.of(itemShape[0], side, config.hiddenWidth(), config.upsample());
        }
        decoder.initialize(manager, DataType.FLOAT32, new Shape(2, codeSize));
        store = new ParameterStore(manager, false);
        rate = new AdjustableRate(config.lr());
        autoencoder = new ParameterGroup(new SequentialBlock().add(encoder).add(decoder), adam(rate));
        if (variant == AeVariant.AAE) {
            discriminator = Mlp.of(new int[] {config.hiddenWidth(), config.hiddenWidth()},
                    () -> Activation.leakyReluBlock(LEAK), 1, null);
            discriminator.initialize(manager, DataType.FLOAT32, new Shape(2, codeSize));
            critic = new ParameterGroup(discriminator, adam(rate));
            encoderOnly = new ParameterGroup(encoder, adam(rate));
        } else {
            discriminator = null;
            critic = null;
            encoderOnly = null;
        }
        if (dense) {
            encoderStages = children(encoder);
            decoderStages = children(decoder);
        } else {
            encoderStages = ConvEncoder.stages(encoder, config.downsample());
            decoderStages = ConvDecoder.stages(decoder, config.upsample());
        }
        layerPairs = variant.layerWise() && config.pretrainSteps() > 0 ? layerPairs() : List.of();
        setWeightDecay(config.weightDecay());
    }

    private static int[] encoderUnits(AeConfig config, int outputs) {
        int[] units = new int[config.depth() + 1];
        for (int i = 0; i < config.depth(); i++) {
            units[i] = config.hiddenWidth();
        }
        units[config.depth()] = outputs;
        return units;
    }

    private static int[] decoderUnits(AeConfig config, int itemSize) {
        int[] units = new int[config.depth() + 1];
        for (int i = 0; i < config.depth(); i++) {
            units[i] = config.hiddenWidth();
        }
        units[config.depth()] = itemSize;
        return units;
    }

    /** The activation of each dense encoder layer: the hidden layers', then the code layer's. */
    static List<LayerActivation> encoderActivationKinds(AeConfig config) {
        List<LayerActivation> list = new ArrayList<>(Collections.nCopies(config.depth(), hidden(config)));
        list.add(config.linear() || config.variant().generative() ? LayerActivation.LINEAR : config.activation());
        return list;
    }

    private static List<Supplier<Block>> encoderActivations(AeConfig config) {
        return encoderActivationKinds(config).stream().map(LayerActivation::block).toList();
    }

    private static List<Supplier<Block>> decoderActivations(AeConfig config) {
        List<Supplier<Block>> list = new ArrayList<>(Collections.nCopies(config.depth(), hidden(config).block()));
        list.add(null);
        return list;
    }

    private static LayerActivation hidden(AeConfig config) {
        return config.linear() ? LayerActivation.LINEAR : LayerActivation.RELU;
    }

    /** For each encoder layer, a group of it and the decoder layer that mirrors it. */
    private List<ParameterGroup> layerPairs() {
        int layers = layerCount();
        List<ParameterGroup> groups = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            Block pair = new SequentialBlock().add(encoderLayer(i)).add(decoderLayer(layers - 1 - i));
            groups.add(new ParameterGroup(pair, adam(rate)));
        }
        return List.copyOf(groups);
    }

    /** DJL's default Adam (beta1 0.9, beta2 0.999), in the form whose state can be saved. */
    private static Optimizer adam(AdjustableRate rate) {
        return new RestorableAdam(rate, 0.9f, 0.999f);
    }

    public int codeSize() {
        return codeSize;
    }

    /** The learning rate and the weight decay of {@code config}, from the next update on. */
    public void applyLive(AeConfig config) {
        rate.set(config.lr());
        setWeightDecay(config.weightDecay());
    }

    /** Weight decay {@code lambda sum w^2} on every network's weights, in every training phase. */
    private void setWeightDecay(double lambda) {
        autoencoder.setWeightDecay(lambda);
        for (ParameterGroup group : new ParameterGroup[] {encoderOnly, critic}) {
            if (group != null) {
                group.setWeightDecay(lambda);
            }
        }
        layerPairs.forEach(pair -> pair.setWeightDecay(lambda));
    }

    /** Encoder and decoder together. */
    public ParameterGroup autoencoderParameters() {
        return autoencoder;
    }

    /** The encoder alone (the aae's generator phase); null for other variants. */
    public ParameterGroup encoderParameters() {
        return encoderOnly;
    }

    /** The aae's code discriminator; null for other variants. */
    public ParameterGroup discriminatorParameters() {
        return critic;
    }

    /** Encoder layer {@code i} with its mirror decoder layer (layer-wise pretraining). */
    public ParameterGroup layerPairParameters(int i) {
        return layerPairs.get(i);
    }

    /** Takes flat rows of items. */
    public Block encoder() {
        return encoder;
    }

    /** Takes rows of codes. */
    public Block decoder() {
        return decoder;
    }

    /** The code of each row of {@code x}: the encoder's output, or a VAE's posterior mean. */
    public NDArray encodeMean(NDArray x, boolean training) {
        NDArray encoded = encode(x, training);
        return variational ? VaeTrainer.meanAndLogVariance(encoded).get(0) : encoded;
    }

    public NDArray encode(NDArray x, boolean training) {
        return forward(encoder, x, training);
    }

    public NDArray decode(NDArray code, boolean training) {
        return forward(decoder, code, training);
    }

    /**
     * Layers the encoder is trained in one at a time: a dense encoder's hidden layers and code layer; a convolutional
     * encoder's downsampling stages and its dense code layer.
     */
    public int layerCount() {
        return encoderStages.size();
    }

    public NDArray encodeLayer(int i, NDArray input, boolean training) {
        return forward(encoderLayer(i), input, training);
    }

    public NDArray decodeLayer(int j, NDArray input, boolean training) {
        return forward(decoderLayer(j), input, training);
    }

    /**
     * Encodes {@code x} with a dense encoder layer by layer, keeping what the encoder's Jacobian at each row needs:
     * each layer's weight and its activation's slopes.
     */
    public EncoderPass encodeTracked(NDArray x, boolean training) {
        if (!dense) {
            throw new IllegalStateException("Only a dense encoder is encoded layer by layer.");
        }
        List<NDArray> weights = new ArrayList<>();
        List<NDArray> slopes = new ArrayList<>();
        NDArray h = x;
        for (int i = 0; i < layerCount(); i++) {
            Block layer = encoderLayer(i);
            NDArray pre = forward(layer.getChildren().get(0).getValue(), h, training);
            h = layer.getChildren().size() > 1 ? forward(layer.getChildren().get(1).getValue(), pre, training) : pre;
            weights.add(DenseStack.linearOf(layer).getParameters().get("weight").getArray());
            slopes.add(encoderKinds.get(i).slope(pre, h));
        }
        return new EncoderPass(h, weights, slopes);
    }

    /** The aae discriminator's raw outputs, one per row. */
    public NDArray discriminate(NDArray code, boolean training) {
        return forward(discriminator, code, training).flatten();
    }

    private Block encoderLayer(int i) {
        return encoderStages.get(i);
    }

    private Block decoderLayer(int j) {
        return decoderStages.get(j);
    }

    private static List<Block> children(SequentialBlock block) {
        return block.getChildren().values();
    }

    private NDArray forward(Block block, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).singletonOrThrow();
    }

    /** Whether every weight of the encoder, the decoder and the code's critic (if any) is a number. */
    public boolean weightsFinite() {
        return CheckpointFiles.finite(encoder) && CheckpointFiles.finite(decoder)
                && (discriminator == null || CheckpointFiles.finite(discriminator));
    }

    /** A copy of the networks and their optimizers' states, to go back to after a diverged step. */
    public NetworkState copyState() {
        List<ParameterGroup> groups = new ArrayList<>(List.of(autoencoder));
        if (discriminator != null) {
            groups.add(critic);
            groups.add(encoderOnly);
        }
        return NetworkState.of(manager, groups);
    }

    public void save(Path directory) throws IOException {
        List<Block> blocks = new ArrayList<>(List.of(encoder, decoder));
        blocks.add(discriminator);
        CheckpointFiles.save(directory, blocks, folder -> {
            save(encoder, folder.resolve(ENCODER_FILE));
            save(decoder, folder.resolve(DECODER_FILE));
            autoencoder.saveOptimizer(folder.resolve(AUTOENCODER_OPTIMIZER_FILE));
            if (discriminator != null) {
                save(discriminator, folder.resolve(DISCRIMINATOR_FILE));
                critic.saveOptimizer(folder.resolve(DISCRIMINATOR_OPTIMIZER_FILE));
                encoderOnly.saveOptimizer(folder.resolve(ENCODER_OPTIMIZER_FILE));
            }
        });
    }

    private static void save(Block block, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            block.saveParameters(out);
        }
    }

    /** Loads what {@link #save} wrote into these networks, which must have been built from the same config. */
    public void load(Path directory) throws IOException, MalformedModelException {
        SavedWeights.load(encoder, manager, directory.resolve(ENCODER_FILE));
        SavedWeights.load(decoder, manager, directory.resolve(DECODER_FILE));
        SavedWeights.loadOptimizer(autoencoder, directory.resolve(AUTOENCODER_OPTIMIZER_FILE));
        if (discriminator != null) {
            SavedWeights.load(discriminator, manager, directory.resolve(DISCRIMINATOR_FILE));
            SavedWeights.loadOptimizer(critic, directory.resolve(DISCRIMINATOR_OPTIMIZER_FILE));
            SavedWeights.loadOptimizer(encoderOnly, directory.resolve(ENCODER_OPTIMIZER_FILE));
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
