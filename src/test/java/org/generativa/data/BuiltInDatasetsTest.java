package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class BuiltInDatasetsTest {

    @Test
    void catalogueListsRing8Grid25AndDigitsFirstThenTheProceduralSetsWithTheirKinds() {
        List<BuiltInDatasets.Entry> entries = BuiltInDatasets.entries();
        assertEquals(List.of("ring8", "grid25", "digits", "spiral", "moons", "swissroll", "bimodal", "dirac", "sprites", "faces"),
                entries.stream().map(BuiltInDatasets.Entry::name).toList());
        assertEquals(List.of(DataKind.POINTS, DataKind.POINTS, DataKind.IMAGES, DataKind.POINTS, DataKind.POINTS,
                        DataKind.POINTS, DataKind.SCALARS, DataKind.SCALARS, DataKind.IMAGES, DataKind.IMAGES),
                entries.stream().map(BuiltInDatasets.Entry::kind).toList());
        for (BuiltInDatasets.Entry entry : entries) {
            assertTrue(!entry.description().isBlank(), entry.name());
        }
    }

    @Test
    void eachEntrysShapeTextIsTheShapeOfTheItemsItOpens() {
        for (BuiltInDatasets.Entry entry : BuiltInDatasets.entries()) {
            int[] shape = BuiltInDatasets.open(entry.name(), 1).itemShape();
            String text = String.join("x", java.util.Arrays.stream(shape).mapToObj(Integer::toString).toList());
            assertEquals(entry.shape(), text, entry.name());
        }
    }

    @Test
    void proceduralImageSetsOpenWithTheirSeed() {
        float[] a = new float[3 * 32 * 32];
        float[] b = new float[3 * 32 * 32];
        ((CartoonFaces) BuiltInDatasets.open("faces", 5)).read(3, a, 0);
        new CartoonFaces(5).read(3, b, 0);
        assertArrayEquals(b, a);
        new CartoonFaces(6).read(3, b, 0);
        assertTrue(!java.util.Arrays.equals(a, b));
        assertEquals(3 * 6 * 20 * 16 * 16, ((Sprites) BuiltInDatasets.open("sprites", 5)).count());
        assertArrayEquals(new float[] {-2f, 2f}, assertInstanceOf(GaussianMixture1D.class, BuiltInDatasets.open("bimodal", 0)).modes());
    }

    @Test
    void openReturnsTheNamedDatasetWhoseKindMatchesTheCatalogue() {
        for (BuiltInDatasets.Entry entry : BuiltInDatasets.entries()) {
            Dataset data = BuiltInDatasets.open(entry.name(), 3);
            assertEquals(entry.name(), data.name());
            assertEquals(entry.kind(), data.kind());
        }
        GaussianMixture2D ring = assertInstanceOf(GaussianMixture2D.class, BuiltInDatasets.open("ring8", 0));
        assertEquals(8, ring.modes().length);
        assertEquals(25, assertInstanceOf(GaussianMixture2D.class, BuiltInDatasets.open("grid25", 0)).modes().length);
    }

    @Test
    void digitsUseTheGivenSeed() {
        float[] a = new float[784];
        float[] b = new float[784];
        ((SyntheticDigits) BuiltInDatasets.open("digits", 5)).read(0, a, 0);
        new SyntheticDigits(5).read(0, b, 0);
        assertArrayEquals(b, a);
    }

    @Test
    void unknownNameIsRefusedWithAMessageNamingItAndListingTheChoices() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BuiltInDatasets.open("mnist-typo", 0));
        String message = e.getMessage();
        assertTrue(message.contains("'mnist-typo'"), message);
        for (String choice : List.of("ring8", "grid25", "digits", "spiral", "moons", "swissroll", "bimodal", "dirac", "sprites", "faces")) {
            assertTrue(message.contains(choice), message + " should list " + choice);
        }
        assertThrows(InvalidInputException.class, () -> BuiltInDatasets.open("Ring8", 0), "names are exact");
    }
}
