package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Práctica 4's example on the bundled convolutional autoencoder of the faces, judged by the shipped attribute classifier. */
class ArithmeticCommandTest {

    @TempDir
    Path dir;

    @Test
    void smilingMinusNeutralPlusBeardedSmilesFarMoreOftenThanTheBeardedFacesAlone() throws Exception {
        Path picture = dir.resolve("equations.png");
        CliRun r = CliRun.of("arithmetic", "--run", "models/conv-ae-faces", "--triples", "40", "--seed", "1",
                "--picture", picture.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.lastOutLine());
        assertEquals("encoded_images", json.get("codes_from").asText());
        assertEquals(40, json.get("triples").asInt());
        assertEquals(3, json.get("average").asInt());
        double share = json.get("share").asDouble();
        double control = json.get("control_share").asDouble();
        assertTrue(share >= control + 0.25, "share " + share + ", C alone " + control);
        assertTrue(json.get("ceiling").asDouble() >= 0.85, "ceiling " + json.get("ceiling"));
        assertEquals(json.get("hits").asInt(), Math.round(share * 40));
        BufferedImage png = ImageIO.read(picture.toFile());
        assertEquals(2.0, (double) png.getHeight() / png.getWidth(), 0.1, "8 rows of A, B, C and the result");
        assertTrue(r.out().contains("(smile, no beard) - (no smile, no beard) + (beard, no smile)"), r.out());
    }
}
