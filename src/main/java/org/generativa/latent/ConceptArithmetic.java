package org.generativa.latent;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Factor;
import org.generativa.family.LatentModel;

/**
 * Latent arithmetic on averaged codes as Radford et al. do it and deck 004's Práctica 4 asks ("smiling woman −
 * neutral woman + neutral man"): each operand is the mean code of a few items of one concept, and an attribute
 * judge says whether the decoded result shows the concept the equation should give. Runs on the engine thread.
 */
public final class ConceptArithmetic {

    /** Triples whose operands and result {@link Result#pictures()} keeps. */
    public static final int PICTURED = 8;

    private ConceptArithmetic() {}

    /** A − B + C, which should decode to {@code target}. */
    public record Equation(Concept a, Concept b, Concept c, Concept target) {

        /**
         * Carries one attribute onto faces with another: (added, not kept) − (neither) + (kept, not added) =
         * (added and kept). With added = smile and kept = beard, the deck's example on the cartoon faces.
         */
        public static Equation transfer(int added, int kept) {
            return new Equation(Concept.of(added, 1, kept, 0), Concept.of(added, 0, kept, 0), Concept.of(added, 0, kept, 1),
                    Concept.of(added, 1, kept, 1));
        }

        List<Concept> operands() {
            return List.of(a, b, c);
        }
    }

    /**
     * @param hits results that show the target concept
     * @param addedHits results that show the attribute A has and B lacks
     * @param keptHits results that keep the attribute C has
     * @param controlHits C's mean code alone, decoded, already showing the target: what the equation adds is
     *     {@code hits - controlHits}
     * @param unjudged results the judge takes for no sample of the data (no attributes at all)
     * @param ceiling the share of the pool's codes of the target concept that decode to images judged so: what
     *     the model and judge allow at best (1 by construction for codes of judged samples)
     * @param pictures per pictured triple the decoded A, B, C and result, image after image
     */
    public record Result(int triples, int perConcept, int hits, int addedHits, int keptHits, int controlHits,
            int unjudged, double ceiling, int[] conceptSizes, float[] pictures, int pictured) {

        public double share() {
            return (double) hits / triples;
        }

        public double controlShare() {
            return (double) controlHits / triples;
        }
    }

    /**
     * Solves {@code triples} equations, each on fresh means of {@code perConcept} codes per operand drawn from
     * {@code pool} (seeded), and judges the decoded results.
     */
    public static Result run(LatentModel model, CodePool pool, AttributeJudge judge, Equation equation, int perConcept,
            int triples, long seed) {
        if (perConcept < 1 || triples < 1) {
            throw InvalidInputException.of("latent.arithmetic.counts", String.valueOf(perConcept), String.valueOf(triples));
        }
        if (!model.conditionClasses().isEmpty()) {
            throw InvalidInputException.of("latent.judge.conditional");
        }
        List<Concept> operands = equation.operands();
        int[][] rows = new int[operands.size()][];
        int[] sizes = new int[operands.size()];
        for (int k = 0; k < operands.size(); k++) {
            rows[k] = pool.matching(operands.get(k));
            sizes[k] = rows[k].length;
            requireEnough(pool, operands.get(k), rows[k].length, perConcept);
        }
        int size = pool.size();
        float[] operandCodes = new float[triples * 3 * size];
        float[] results = new float[triples * size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < triples; t++) {
            for (int k = 0; k < 3; k++) {
                System.arraycopy(pool.meanOfDrawn(rows[k], perConcept, random), 0, operandCodes, (t * 3 + k) * size, size);
            }
            float[] a = LatentMath.row(operandCodes, t * 3, size);
            float[] b = LatentMath.row(operandCodes, t * 3 + 1, size);
            float[] c = LatentMath.row(operandCodes, t * 3 + 2, size);
            System.arraycopy(LatentMath.arithmetic(a, b, c), 0, results, t * size, size);
        }
        float[] resultImages = model.decode(results, triples, null);
        float[] controls = new float[triples * size];
        for (int t = 0; t < triples; t++) {
            System.arraycopy(operandCodes, (t * 3 + 2) * size, controls, t * size, size);
        }
        AttributeVerdicts seen = judge.judge(resultImages, triples);
        AttributeVerdicts control = judge.judge(model.decode(controls, triples, null), triples);
        int[] targetFactors = equation.target().factors();
        int hits = 0;
        int addedHits = 0;
        int keptHits = 0;
        int controlHits = 0;
        int unjudged = 0;
        for (int t = 0; t < triples; t++) {
            unjudged += seen.value(t, 0) < 0 ? 1 : 0;
            hits += seen.matches(t, equation.target()) ? 1 : 0;
            addedHits += seen.value(t, targetFactors[0]) == equation.target().values()[0] ? 1 : 0;
            keptHits += seen.value(t, targetFactors[1]) == equation.target().values()[1] ? 1 : 0;
            controlHits += control.matches(t, equation.target()) ? 1 : 0;
        }
        int pictured = Math.min(PICTURED, triples);
        return new Result(triples, perConcept, hits, addedHits, keptHits, controlHits, unjudged, ceiling(model, pool, judge, equation.target()), sizes,
                pictures(model, operandCodes, resultImages, pictured), pictured);
    }

    /** Refuses a concept with fewer than {@code needed} codes in the pool, in one sentence naming it. */
    public static void requireEnough(CodePool pool, Concept concept, int found, int needed) {
        if (found < needed) {
            throw InvalidInputException.of(pool.judged() ? "latent.arithmetic.tooFewJudged" : "latent.arithmetic.tooFew",
                    concept.describe(pool.factors()), String.valueOf(found), String.valueOf(needed));
        }
    }

    private static double ceiling(LatentModel model, CodePool pool, AttributeJudge judge, Concept target) {
        int[] rows = pool.matching(target);
        if (rows.length == 0) {
            return Double.NaN;
        }
        int size = pool.size();
        float[] codes = new float[rows.length * size];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(pool.codes(), rows[i] * size, codes, i * size, size);
        }
        AttributeVerdicts seen = judge.judge(model.decode(codes, rows.length, null), rows.length);
        int hits = 0;
        for (int i = 0; i < rows.length; i++) {
            hits += seen.matches(i, target) ? 1 : 0;
        }
        return (double) hits / rows.length;
    }

    private static float[] pictures(LatentModel model, float[] operandCodes, float[] resultImages, int pictured) {
        int size = model.latentSize();
        int itemSize = model.dataset().itemSize();
        float[] operands = model.decode(Arrays.copyOf(operandCodes, pictured * 3 * size), pictured * 3, null);
        float[] out = new float[pictured * 4 * itemSize];
        for (int t = 0; t < pictured; t++) {
            System.arraycopy(operands, t * 3 * itemSize, out, t * 4 * itemSize, 3 * itemSize);
            System.arraycopy(resultImages, t * itemSize, out, (t * 4 + 3) * itemSize, itemSize);
        }
        return out;
    }

    /** The factor named {@code name} of the judge's data, refused in one sentence naming the known ones. */
    public static int factorNamed(List<Factor> factors, String name, String dataset) {
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).name().equals(name)) {
                if (factors.get(f).values().size() != 2) {
                    throw InvalidInputException.of("latent.arithmetic.notBinary", name, dataset);
                }
                return f;
            }
        }
        throw InvalidInputException.of("latent.arithmetic.noSuchFactor", dataset, name,
                String.join(", ", factors.stream().map(Factor::name).toList()));
    }
}
