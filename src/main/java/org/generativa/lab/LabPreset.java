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

    COLLAPSE("collapse", 30_000, c -> c,
            "A plain GAN: fully connected G and D (64 units per layer), the non-saturating loss, one D step per G "
                    + "step, Adam, G learning at half D's rate. Early on G finds that one or two modes fool D and "
                    + "piles all its samples there; D's answer only pushes G around within them, so the other modes "
                    + "are never covered. The canvas draws G as it is now; the mode metrics are measured on samples from an "
                    + "average of G's weights over the last thousand or so steps, which steadies them without "
                    + "changing training."),
    WGAN_GP("wgan-gp", 7_000, c -> c.withModel(GanModelKind.WGAN_GP).withLoss(GanLoss.WASSERSTEIN).withDStepsPerG(5)
            .withBeta1(0).withBeta2(0.9),
            "The critic estimates the Wasserstein distance, kept 1-Lipschitz by a gradient penalty, and is trained "
                    + "5 steps per G step with Adam β1 0, β2 0.9. Its gradient points G at every mode it misses, "
                    + "even far away ones, so collapse does not pay. It reaches every mode early but sharpens "
                    + "slowly: for a long while many samples lie between the modes."),
    PACGAN("pacgan", 30_000, c -> c.withTricks(c.tricks().withPacking(4)),
            "D judges packs of 4 samples at once, all real or all fake. Four samples from a collapsed G look alike, "
                    + "four real ones rarely do, so D can see the lack of diversity that one sample cannot show."),
    UNROLLED("unrolled", 8_000, c -> c.withTricks(c.tricks().withUnrolledSteps(5)),
            "Before each G update, D is trained 5 steps ahead on fresh batches and G is updated against that "
                    + "future D; then D is put back exactly as it was. G should learn that hopping to a new mode only "
                    + "makes D follow, and spread out instead. This is the first-order version, without the gradient "
                    + "through D's own updates; on this baseline it covers only a few modes, which is worth showing "
                    + "beside PacGAN."),
    MINIBATCH("minibatch", 30_000, c -> c.withTricks(c.tricks().withMinibatchStd(true)),
            "D gets one more feature before its last layer: the standard deviation across the batch. A collapsed "
                    + "batch has a small one, which D learns to spot."),
    REPLAY("replay", 30_000, c -> c.withTricks(c.tricks().withReplayBatches(20)),
            "Half of the fakes D sees come from a buffer of earlier generator batches. D keeps rejecting modes G "
                    + "has left, so G should not escape by hopping back to them. On this baseline G settles on one "
                    + "mode anyway: remembering old fakes does not give G a reason to spread."),
    VANISHING("vanishing", 8_000, c -> strongDiscriminator(c).withLoss(GanLoss.MINIMAX),
            "The original minimax loss, log(1 - D(G(z))), against a discriminator trained 5 times per G step at 5 "
                    + "times the rate. D wins within a few hundred steps and D(G(z)) sinks towards 0, where that loss "
                    + "is flat: G's gradient norm drops and stays small, so G hardly learns. Add \"Cure: "
                    + "non-saturating loss\" beside it and watch the G gradient norm chart: against the same strong D "
                    + "the other loss gives G a gradient tens of times larger."),
    NON_SATURATING("non-saturating", 8_000, c -> strongDiscriminator(c),
            "The vanishing-gradient setting with the loss every other preset uses: G maximises log D(G(z)) instead of "
                    + "minimising log(1 - D(G(z))). Both have the same fixed point, but this one is steep exactly "
                    + "where D rejects the fakes, so the strong discriminator now gives G a large gradient instead of "
                    + "a vanishing one."),
    OSCILLATION("oscillation", 16_000, c -> c.withHiddenWidth(0).withLrG(c.lrG() * 10).withLrD(c.lrD() * 10)
            .withTricks(c.tricks().withGeneratorAverage(0)),
            "The Dirac-GAN of Mescheder et al.: every real value is 0, G is one learned point (no hidden layer, "
                    + "the noise ignored) and D a straight slope, trained at ten times the baseline's learning rates. "
                    + "The equilibrium is G on the data and a flat D, but each player chases the other's last move: "
                    + "D tilts towards the data, G follows the tilt past it, D tilts back. G's point keeps swinging "
                    + "through the data and D's curve keeps rocking instead of settling. Samples come from G itself, "
                    + "not from an average of its weights, so the motion shows.");

    /** The 2-D datasets every preset but the oscillation runs on; the 1-D {@code bimodal} is for the vanishing preset too. */
    public static final List<String> POINT_DATASETS = List.of("ring8", "grid25");
    public static final String BIMODAL = "bimodal";
    /** The oscillation preset's data: a single point on the line. */
    public static final String DIRAC = "dirac";

    /** Samples come from an average of G's weights over about the last thousand steps (training never sees it). */
    private static final double SAMPLE_AVERAGE = 0.999;

    private final String cliName;
    private final long baseSteps;
    private final UnaryOperator<GanConfig> change;
    private final String explanation;

    LabPreset(String cliName, long baseSteps, UnaryOperator<GanConfig> change, String explanation) {
        this.cliName = cliName;
        this.baseSteps = baseSteps;
        this.change = change;
        this.explanation = explanation;
    }

    public static LabPreset fromCliName(String name) {
        return CliChoice.parse(LabPreset.class, name, "choice.preset");
    }

    @Override
    public String cliName() {
        return cliName;
    }

    /** A paragraph for the lab's side panel: what the preset does and why it works (or fails). */
    public String explanation() {
        return explanation;
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
        List<String> names = new ArrayList<>(POINT_DATASETS);
        if (this == VANISHING || this == NON_SATURATING) {
            names.add(BIMODAL);
        }
        return List.copyOf(names);
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
            case BIMODAL -> baseSteps / 2;
            default -> baseSteps;
        };
    }

    /** What differs from {@link #COLLAPSE}, setting by setting ("" for collapse itself). */
    public String changed() {
        return String.join(", ", differences(COLLAPSE.config("ring8", 1), config(datasets().get(0), 1)));
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

    private record Setting(String words, Function<GanConfig, Object> value) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting("data", c -> c.dataset().source()),
            new Setting("model", GanConfig::model),
            new Setting("loss", GanConfig::loss),
            new Setting("G learning rate", GanConfig::lrG),
            new Setting("D learning rate", GanConfig::lrD),
            new Setting("Adam β1", GanConfig::beta1),
            new Setting("Adam β2", GanConfig::beta2),
            new Setting("batch size", GanConfig::batchSize),
            new Setting("latent size", GanConfig::latentSize),
            new Setting("hidden width", GanConfig::hiddenWidth),
            new Setting("D steps per G step", GanConfig::dStepsPerG),
            new Setting("weight clip", GanConfig::clip),
            new Setting("gradient penalty λ", GanConfig::gpLambda),
            new Setting("label smoothing", c -> c.tricks().labelSmoothing()),
            new Setting("label flip", c -> c.tricks().labelFlip()),
            new Setting("instance noise", c -> c.tricks().instanceNoise()),
            new Setting("replay buffer batches", c -> c.tricks().replayBatches()),
            new Setting("minibatch standard deviation", c -> c.tricks().minibatchStd() ? "on" : "off"),
            new Setting("dropout in D", c -> c.tricks().dropout()),
            new Setting("packing", c -> c.tricks().packing()),
            new Setting("unrolled D steps", c -> c.tricks().unrolledSteps()),
            new Setting("G weight average", c -> c.tricks().generatorAverage()));

    /** "setting old → new" for every setting in which {@code b} differs from {@code a}. */
    static List<String> differences(GanConfig a, GanConfig b) {
        List<String> lines = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            Object before = setting.value().apply(a);
            Object after = setting.value().apply(b);
            if (!before.equals(after)) {
                lines.add(setting.words() + " " + format(before) + " → " + format(after));
            }
        }
        return lines;
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
