package org.generativa.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.generativa.common.CliChoice;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanTricks;

/**
 * One-click settings of the mode-collapse lab. {@link #COLLAPSE} is a vanilla GAN that collapses on
 * {@code ring8}; every cure starts from exactly its settings and changes only what the cure needs, so a
 * side-by-side run with the same seed shows the cure and nothing else.
 */
public enum LabPreset implements CliChoice {

    COLLAPSE("collapse", 30_000, c -> c),
    WGAN_GP("wgan-gp", 7_000, c -> c.withModel(GanModelKind.WGAN_GP).withLoss(GanLoss.WASSERSTEIN).withDStepsPerG(5)
            .withBeta1(0).withBeta2(0.9)),
    PACGAN("pacgan", 30_000, c -> c.withTricks(c.tricks().withPacking(4))),
    UNROLLED("unrolled", 8_000, c -> c.withTricks(c.tricks().withUnrolledSteps(5))),
    MINIBATCH("minibatch", 30_000, c -> c.withTricks(c.tricks().withMinibatchStd(true))),
    REPLAY("replay", 30_000, c -> c.withTricks(c.tricks().withReplayBatches(20))),
    VANISHING("vanishing", 8_000, c -> strongDiscriminator(c).withLoss(GanLoss.MINIMAX)),
    NON_SATURATING("non-saturating", 8_000, c -> strongDiscriminator(c)),
    OSCILLATION("oscillation", 16_000, c -> c.withHiddenWidth(0).withLrG(c.lrG() * 10).withLrD(c.lrD() * 10)
            .withTricks(c.tricks().withGeneratorAverage(0)));

    /**
     * The 2-D datasets every preset but the oscillation runs on. The 1-D {@code bimodal} is not offered: there the
     * minimax GAN keeps both modes with D(G(z)) near 0.5, so the vanishing preset would show no vanishing.
     */
    public static final List<String> POINT_DATASETS = List.of("ring8", "grid25");
    /** The oscillation preset's data: a single point on the line. */
    public static final String DIRAC = "dirac";

    /** Samples come from an average of G's weights over about the last thousand steps (training never sees it). */
    private static final double SAMPLE_AVERAGE = 0.999;

    private final String cliName;
    private final long baseSteps;
    private final UnaryOperator<GanConfig> change;

    LabPreset(String cliName, long baseSteps, UnaryOperator<GanConfig> change) {
        this.cliName = cliName;
        this.baseSteps = baseSteps;
        this.change = change;
    }

    public static LabPreset fromCliName(String name) {
        return CliChoice.parse(LabPreset.class, name, "choice.preset");
    }

    @Override
    public String cliName() {
        return cliName;
    }

    /** Whether the preset cures the baseline's mode collapse. */
    public boolean isCure() {
        return this != COLLAPSE && this != VANISHING && this != NON_SATURATING && this != OSCILLATION;
    }

    /** The datasets this preset runs on, the one it shows best first. */
    public List<String> datasets() {
        if (this == OSCILLATION) {
            return List.of(DIRAC);
        }
        return POINT_DATASETS;
    }

    /** The preset's settings on {@code dataset} with {@code seed}, one intra-op thread. */
    public GanConfig config(String dataset, long seed) {
        checkDataset(dataset);
        return change.apply(collapse(dataset, seed));
    }

    /**
     * Generator steps that show the effect on {@code dataset} with one thread: within a minute of processor time on
     * ring8 and three on grid25 (presets whose G step costs several D steps take fewer); the oscillation's tiny
     * networks take seconds.
     */
    public long defaultSteps(String dataset) {
        checkDataset(dataset);
        return switch (dataset) {
            case "grid25" -> baseSteps * 4;
            default -> baseSteps;
        };
    }

    /** What differs from {@link #COLLAPSE}, setting by setting, in English ("" for collapse itself). */
    public String changed() {
        return String.join(", ", changes().stream().map(c -> c.words() + " " + c.before() + " → " + c.after()).toList());
    }

    /** What differs from {@link #COLLAPSE}, setting by setting, for a reader in any language. */
    public List<Change> changes() {
        return differences(COLLAPSE.config("ring8", 1), config(datasets().get(0), 1));
    }

    private void checkDataset(String dataset) {
        if (!datasets().contains(dataset)) {
            throw InvalidInputException.of("lab.presetDataset", cliName, Sentence.joined("list.or", datasets()), dataset);
        }
    }

    /** D trained 5 times per G step at 5 times the rate, so that it wins early. */
    private static GanConfig strongDiscriminator(GanConfig c) {
        return c.withDStepsPerG(5).withLrD(c.lrD() * 5);
    }

    private static GanConfig collapse(String dataset, long seed) {
        return GanConfig.defaultsFor(GanModelKind.GAN, DataSpec.of(dataset), BuiltInDatasets.entry(dataset).kind())
                .withLoss(GanLoss.NON_SATURATING)
                .withLrG(5e-4).withLrD(1e-3).withBeta1(0.9).withBeta2(0.999)
                .withBatchSize(512).withLatentSize(16).withHiddenWidth(64).withDStepsPerG(1)
                .withSeed(seed).withThreads(1).withTricks(GanTricks.NONE.withGeneratorAverage(SAMPLE_AVERAGE));
    }

    /**
     * A setting a preset changes: its key (a command-line setting's name, or data, model, loss), its name in
     * English, and its values before and after.
     */
    public record Change(String key, String words, String before, String after) {}

    private record Setting(String key, String words, Function<GanConfig, Object> value) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting("data", "data", c -> c.dataset().source()),
            new Setting("model", "model", GanConfig::model),
            new Setting("loss", "loss", GanConfig::loss),
            new Setting("lr-g", "G learning rate", GanConfig::lrG),
            new Setting("lr-d", "D learning rate", GanConfig::lrD),
            new Setting("beta1", "Adam β1", GanConfig::beta1),
            new Setting("beta2", "Adam β2", GanConfig::beta2),
            new Setting("batch", "batch size", GanConfig::batchSize),
            new Setting("latent", "latent size", GanConfig::latentSize),
            new Setting("hidden", "hidden width", GanConfig::hiddenWidth),
            new Setting("d-steps", "D steps per G step", GanConfig::dStepsPerG),
            new Setting("clip", "weight clip", GanConfig::clip),
            new Setting("gp-lambda", "gradient penalty λ", GanConfig::gpLambda),
            new Setting("smoothing", "label smoothing", c -> c.tricks().labelSmoothing()),
            new Setting("flip", "label flip", c -> c.tricks().labelFlip()),
            new Setting("instance-noise", "instance noise", c -> c.tricks().instanceNoise()),
            new Setting("replay", "replay buffer batches", c -> c.tricks().replayBatches()),
            new Setting("minibatch-std", "minibatch standard deviation", c -> c.tricks().minibatchStd() ? "on" : "off"),
            new Setting("dropout", "dropout in D", c -> c.tricks().dropout()),
            new Setting("packing", "packing", c -> c.tricks().packing()),
            new Setting("unrolled", "unrolled D steps", c -> c.tricks().unrolledSteps()),
            new Setting("g-average", "G weight average", c -> c.tricks().generatorAverage()));

    /** Every setting in which {@code b} differs from {@code a}. */
    static List<Change> differences(GanConfig a, GanConfig b) {
        List<Change> changes = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            Object before = setting.value().apply(a);
            Object after = setting.value().apply(b);
            if (!before.equals(after)) {
                changes.add(new Change(setting.key(), setting.words(), format(before), format(after)));
            }
        }
        return changes;
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof CliChoice choice) {
            return choice.cliName();
        }
        if (value instanceof GanLoss loss) {
            return loss.cliName();
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
