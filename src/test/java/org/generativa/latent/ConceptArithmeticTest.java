package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.CartoonFaces;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.family.LatentModel;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concept arithmetic judged by the shipped faces classifier, on a model whose code is the four attributes
 * themselves (decoding draws one of the real faces with the attributes the code rounds to), so every right answer
 * is known and only the judge errs (on about 1% of faces).
 */
class ConceptArithmeticTest extends EngineTest {

    private static ImageSet faces;
    private static ReferenceClassifier classifier;
    private static AttributeJudge judge;
    private static AttributeModel model;

    @BeforeAll
    static void loadJudge(@TempDir Path home) {
        faces = (ImageSet) DatasetLoader.forRun(DataSpec.of("faces"));
        classifier = new ClassifierCache(home, List.of(Path.of("models", "classifiers")))
                .load(faces, ClassifierOptions.BLURRED).orElseThrow();
        judge = AttributeJudge.of(classifier);
        model = new AttributeModel(faces, 400);
    }

    @AfterAll
    static void closeJudge() {
        classifier.close();
    }

    @Test
    void eachFaceClassStandsForOneCombinationOfTheFourAttributes() {
        int[][] values = AttributeJudge.valueOfClass(faces, 16, 4);
        for (int label = 0; label < 16; label++) {
            for (int f = 0; f < 4; f++) {
                assertEquals(label >> f & 1, values[label][f], "class " + label + ", factor " + f);
            }
        }
    }

    @Test
    void theJudgeReadsSmileAndBeardOfRealFaces() {
        HeldOutItems items = model.heldOutItems(400);
        AttributeVerdicts seen = judge.judge(items.items(), items.count());
        int right = 0;
        for (int i = 0; i < items.count(); i++) {
            boolean smile = seen.value(i, CartoonFaces.SMILE) == faces.factor(items.indices()[i], CartoonFaces.SMILE);
            boolean beard = seen.value(i, CartoonFaces.BEARD) == faces.factor(items.indices()[i], CartoonFaces.BEARD);
            right += smile && beard ? 1 : 0;
        }
        assertTrue(right >= 0.97 * items.count(), right + " of " + items.count());
    }

    @Test
    void smilingMinusNeutralPlusBeardedGivesASmilingBeardedFaceWhileBeardedAloneDoesNotSmile() {
        CodePool pool = CodePool.encoded(model, 400);
        ConceptArithmetic.Result r = ConceptArithmetic.run(model, pool, judge,
                ConceptArithmetic.Equation.transfer(CartoonFaces.SMILE, CartoonFaces.BEARD), 3, 20, 7);
        assertTrue(r.hits() >= 19, r.hits() + " of 20 results smile and keep the beard");
        assertEquals(0, r.controlHits(), "C alone never smiles");
        assertEquals(8, r.pictured());
        assertEquals(8 * 4 * faces.itemSize(), r.pictures().length);
        int[] sizes = r.conceptSizes();
        assertTrue(sizes[0] > 50 && sizes[1] > 50 && sizes[2] > 50, Arrays.toString(sizes));
    }

    @Test
    void theWrongEquationFails() {
        CodePool pool = CodePool.encoded(model, 400);
        ConceptArithmetic.Equation transfer = ConceptArithmetic.Equation.transfer(CartoonFaces.SMILE, CartoonFaces.BEARD);
        ConceptArithmetic.Equation swapped = new ConceptArithmetic.Equation(transfer.b(), transfer.a(), transfer.c(), transfer.target());
        assertEquals(0, ConceptArithmetic.run(model, pool, judge, swapped, 3, 20, 7).hits());
    }

    @Test
    void judgedSamplesGiveAGeneratorAttributeVectorsAlongTheRightAxis() {
        CodePool pool = CodePool.judged(model, judge, 300, 3);
        int agree = 0;
        for (int i = 0; i < pool.count(); i++) {
            agree += pool.attributes().value(i, CartoonFaces.SMILE) == (pool.codes()[i * 4] >= 0.5f ? 1 : 0) ? 1 : 0;
        }
        assertTrue(agree >= 0.95 * pool.count(), agree + " of " + pool.count());
        float[] smile = pool.vector(CartoonFaces.SMILE, 1).direction();
        assertTrue(smile[CartoonFaces.SMILE] > 0.4, Arrays.toString(smile));
        for (int f = 1; f < 4; f++) {
            assertTrue(Math.abs(smile[f]) < 0.15, "factor " + f + ": " + Arrays.toString(smile));
        }
    }

    @Test
    void tooFewItemsOfAConceptAreRefusedNamingIt() {
        CodePool pool = CodePool.encoded(model, 400);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConceptArithmetic.run(model, pool, judge,
                ConceptArithmetic.Equation.transfer(CartoonFaces.SMILE, CartoonFaces.BEARD), 500, 1, 1));
        assertTrue(e.getMessage().contains("smile: yes, beard: no") && e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void unknownOrRepeatedAttributesAreRefusedInOneSentence() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ConceptArithmetic.factorNamed(faces.factors(), "smiles", "faces"));
        assertEquals("faces has no attribute “smiles”: choose smile, glasses, beard, hat.", e.getMessage());
    }

    /** Codes are the attributes (smile, glasses, beard, hat); decoding draws a face with the attributes rounded. */
    static final class AttributeModel implements LatentModel {

        private final ImageSet data;
        private final HeldOutItems items;
        private final Map<Integer, float[]> codeOfImage = new HashMap<>();
        private final Map<Integer, List<Integer>> facesWithAttributes = new HashMap<>();

        AttributeModel(ImageSet data, int count) {
            this.data = data;
            int size = data.itemSize();
            float[] pixels = new float[count * size];
            int[] indices = new int[count];
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                indices[i] = i;
                labels[i] = data.label(i);
                data.read(i, pixels, i * size);
                float[] code = new float[4];
                for (int f = 0; f < 4; f++) {
                    code[f] = data.factor(i, f);
                }
                codeOfImage.put(Arrays.hashCode(Arrays.copyOfRange(pixels, i * size, (i + 1) * size)), code);
                facesWithAttributes.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
            }
            this.items = new HeldOutItems(pixels, count, size, indices, labels);
            assertEquals(16, facesWithAttributes.size());
        }

        @Override
        public int latentSize() {
            return 4;
        }

        @Override
        public boolean hasEncoder() {
            return true;
        }

        @Override
        public List<String> conditionClasses() {
            return List.of();
        }

        @Override
        public Dataset dataset() {
            return data;
        }

        @Override
        public float[] decode(float[] codes, int count, int[] classes) {
            int size = data.itemSize();
            float[] out = new float[count * size];
            for (int i = 0; i < count; i++) {
                int label = 0;
                for (int f = 0; f < 4; f++) {
                    label |= codes[i * 4 + f] >= 0.5f ? 1 << f : 0;
                }
                List<Integer> faces = facesWithAttributes.get(label);
                int index = faces.get(Math.floorMod(Float.floatToIntBits(codes[i * 4 + 1] + codes[i * 4 + 3]), faces.size()));
                System.arraycopy(items.items(), index * size, out, i * size, size);
            }
            return out;
        }

        @Override
        public float[] encode(float[] images, int count) {
            int size = data.itemSize();
            float[] out = new float[count * 4];
            for (int i = 0; i < count; i++) {
                float[] code = codeOfImage.get(Arrays.hashCode(Arrays.copyOfRange(images, i * size, (i + 1) * size)));
                System.arraycopy(code, 0, out, i * 4, 4);
            }
            return out;
        }

        @Override
        public float[] samplePrior(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            float[] out = new float[count * 4];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) random.nextDouble();
            }
            return out;
        }

        @Override
        public Importance importanceKind() {
            return Importance.EQUAL;
        }

        @Override
        public double[] dimensionImportance() {
            return new double[] {1, 1, 1, 1};
        }

        @Override
        public HeldOutItems heldOutItems(int max) {
            return items.first(max);
        }
    }
}
