package org.generativa.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Cartoon faces 32x32 RGB with four independent binary attributes (smile, glasses, beard, hat,
 * each present in half the faces) and varied skin tone, hair colour and style, face shape and
 * size, position, hat and frame colours and background. Item {@code i} of a given seed is always
 * the same face. The label numbers the attribute combination: bit k is set when attribute k (in
 * the order of {@link #factors()}) is present, so label 5 is "smile+beard" and label 0 "plain".
 */
public final class CartoonFaces extends ImageSet {

    public static final int SIDE = FacePainter.SIDE;
    public static final int NOMINAL_SIZE = 50_000;
    public static final int SMILE = 0;
    public static final int GLASSES = 1;
    public static final int BEARD = 2;
    public static final int HAT = 3;

    private static final long STREAM = 0x4641434553L;
    private static final List<String> ATTRIBUTES = List.of("smile", "glasses", "beard", "hat");
    private static final List<Factor> FACTORS =
            ATTRIBUTES.stream().map(name -> new Factor(name, List.of("no", "yes"))).toList();
    private static final List<String> LABELS = combinationNames();

    private final long seed;

    public CartoonFaces(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "faces";
    }

    @Override
    public int[] itemShape() {
        return new int[] {3, SIDE, SIDE};
    }

    @Override
    public List<String> labelNames() {
        return LABELS;
    }

    @Override
    public List<Factor> factors() {
        return FACTORS;
    }

    @Override
    public int count() {
        return NOMINAL_SIZE;
    }

    @Override
    public int label(int index) {
        FaceLook look = look(index);
        return (look.smile() ? 1 : 0) | (look.glasses() ? 2 : 0) | (look.beard() ? 4 : 0) | (look.hat() ? 8 : 0);
    }

    @Override
    public int factor(int index, int factor) {
        if (factor < 0 || factor >= FACTORS.size()) {
            throw new IllegalArgumentException(name() + " has no factor " + factor);
        }
        return label(index) >> factor & 1;
    }

    @Override
    public void read(int index, float[] out, int offset) {
        new FacePainter(look(index)).paint(out, offset);
    }

    FaceLook look(int index) {
        if (index < 0 || index >= NOMINAL_SIZE) {
            throw new IndexOutOfBoundsException(index);
        }
        return FaceLook.random(ItemRandom.of(seed, STREAM, index));
    }

    private static List<String> combinationNames() {
        List<String> names = new ArrayList<>();
        for (int label = 0; label < 1 << ATTRIBUTES.size(); label++) {
            List<String> present = new ArrayList<>();
            for (int k = 0; k < ATTRIBUTES.size(); k++) {
                if ((label >> k & 1) == 1) {
                    present.add(ATTRIBUTES.get(k));
                }
            }
            names.add(present.isEmpty() ? "plain" : String.join("+", present));
        }
        return List.copyOf(names);
    }
}
