package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAutoencoderCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aVaeRunReportsItsTermsAndTheHeldOutElbo() throws Exception {
        CliRun r = CliRun.of("train", "--model", "vae", "--dataset", "digits", "--steps", "30", "--code", "4", "--hidden", "32",
                "--beta", "2", "--no-quality", "--out", dir.resolve("vae").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode result = JSON.readTree(r.lastOutLine());
        for (String key : new String[] {"loss", "recon", "kl", "neg_elbo_nats", "active_units", "heldout_neg_elbo_nats"}) {
            assertTrue(result.hasNonNull(key), key + " in " + result);
        }
        assertEquals(result.get("recon").asDouble() + result.get("kl").asDouble(), result.get("neg_elbo_nats").asDouble(), 1e-3,
                "the negative ELBO is reconstruction plus KL whatever beta is");
        JsonNode config = JSON.readTree(dir.resolve("vae/config.json").toFile());
        assertEquals("vae", config.get("variant").asText());
        assertEquals(2.0, config.get("beta").asDouble());
        assertTrue(Files.size(dir.resolve("vae/samples.png")) > 0);
    }

    @Test
    void aDenoisingRunTakesItsCorruptionByName() throws Exception {
        CliRun r = CliRun.of("train", "--model", "denoising-ae", "--dataset", "digits", "--steps", "20", "--hidden", "32",
                "--corruption", "masking", "--noise", "0.3", "--out", dir.resolve("dae").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode result = JSON.readTree(r.lastOutLine());
        assertTrue(result.get("psnr_in").asDouble() > 0 && result.hasNonNull("psnr_out"), result.toString());
        assertEquals("masking", JSON.readTree(dir.resolve("dae/config.json").toFile()).get("corruption").asText());
    }

    @Test
    void settingsOfTheOtherFamilyAndUnknownChoicesAreRefused() {
        CliRun clip = CliRun.of("train", "--model", "vae", "--dataset", "digits", "--clip", "0.1", "--out", dir.resolve("a").toString());
        assertNotEquals(0, clip.code());
        assertEquals("generativa: --clip is not a setting of vae.", clip.err().strip());
        CliRun beta = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--beta", "2", "--out", dir.resolve("b").toString());
        assertEquals("generativa: --beta is not a setting of gan.", beta.err().strip());
        CliRun sparsity = CliRun.of("train", "--model", "sparse-ae", "--dataset", "digits", "--sparsity", "l2",
                "--out", dir.resolve("c").toString());
        assertTrue(sparsity.err().contains("'l2'") && sparsity.errLines().size() == 1, sparsity.err());
        CliRun model = CliRun.of("train", "--model", "vea", "--dataset", "digits", "--out", dir.resolve("d").toString());
        assertTrue(model.err().contains("'vea'") && model.err().contains("conv-vae"), model.err());
    }
}
