package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting.Applies;
import org.junit.jupiter.api.Test;

class AeConfigTest {

    private static List<String> keys(List<Hyperparameter<AeConfig>> parameters) {
        return parameters.stream().map(Hyperparameter::key).toList();
    }

    @Test
    void variantsGoByTheirCommandLineNamesAndUnknownOnesListTheChoices() {
        assertEquals("ae, stacked-ae, conv-ae, denoising-ae, sparse-ae, contractive-ae, robust-ae, vae, conv-vae, aae",
                Arrays.stream(AeVariant.values()).map(AeVariant::cliName).collect(Collectors.joining(", ")));
        for (AeVariant variant : AeVariant.values()) {
            assertEquals(variant, AeVariant.fromCliName(variant.cliName()));
        }
        String message = assertThrows(InvalidInputException.class, () -> AeVariant.fromCliName("vqvae")).getMessage();
        assertEquals("Unknown autoencoder 'vqvae': choose ae, stacked-ae, conv-ae, denoising-ae, sparse-ae, contractive-ae,"
                + " robust-ae, vae, conv-vae, aae.", message);
        assertEquals("Unknown corruption 'blur': choose gaussian, masking, salt-and-pepper.",
                assertThrows(InvalidInputException.class, () -> CorruptionKind.fromCliName("blur")).getMessage());
    }

    @Test
    void configRoundTripsThroughJsonWithCommandLineNames() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        AeConfig config = AeConfig.defaultsFor(AeVariant.DENOISING_AE, DataSpec.of("digits"), DataKind.IMAGES)
                .withCorruption(CorruptionKind.SALT_AND_PEPPER).withSparsity(SparsityKind.L1).withPrior(PriorKind.MIXTURE)
                .withLikelihood(Likelihood.GAUSSIAN).withTiedWeights(true);
        String json = mapper.writeValueAsString(config);
        assertTrue(json.contains("\"variant\":\"denoising-ae\"") && json.contains("\"corruption\":\"salt-and-pepper\""), json);
        assertEquals(config, mapper.readValue(json, AeConfig.class));
    }

    @Test
    void eachVariantListsTheSettingsThatMatterToIt() {
        assertEquals(List.of("lr", "batch", "code", "hidden", "depth", "weight-decay", "seed", "threads"),
                keys(AeConfig.hyperparametersFor(AeVariant.AE)));
        assertEquals(List.of("lr", "batch", "code", "hidden", "pretrain-steps", "weight-decay", "seed", "threads"),
                keys(AeConfig.hyperparametersFor(AeVariant.CONV_AE)));
        assertEquals(List.of("lr", "batch", "code", "hidden", "beta", "weight-decay", "seed", "threads"),
                keys(AeConfig.hyperparametersFor(AeVariant.CONV_VAE)));
        assertEquals(List.of("lr", "batch", "code", "hidden", "depth", "kernel-sigma", "weight-decay", "contamination-level",
                "seed", "threads"), keys(AeConfig.hyperparametersFor(AeVariant.ROBUST_AE, true, false)));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.STACKED_AE, false, true)).containsAll(List.of("pretrain-steps",
                "noise")), "a stacked denoising autoencoder's noise level");
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.STACKED_AE)).contains("pretrain-steps"));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.DENOISING_AE)).contains("noise"));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.SPARSE_AE)).containsAll(List.of("sparsity-weight", "rho")));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.CONTRACTIVE_AE)).contains("contractive-weight"));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.ROBUST_AE)).contains("kernel-sigma"));
        assertTrue(keys(AeConfig.hyperparametersFor(AeVariant.AAE)).contains("adv-weight"));
        for (AeVariant variant : AeVariant.values()) {
            assertTrue(AeConfig.HYPERPARAMETERS.containsAll(AeConfig.hyperparametersFor(variant)));
        }
    }

    @Test
    void settingsThatReshapeTheNetworksWaitForAReset() {
        for (Hyperparameter<AeConfig> parameter : AeConfig.HYPERPARAMETERS) {
            boolean structural = List.of("code", "hidden", "depth", "pretrain-steps", "seed").contains(parameter.key());
            assertEquals(structural ? Applies.ON_RESET : Applies.LIVE, parameter.applies(), parameter.key());
        }
        assertEquals("code must be at least 1 and at most 4096, not 0.",
                assertThrows(InvalidInputException.class, () -> named("code").parse("0")).getMessage());
    }

    @Test
    void everyHyperparameterWritesItsOwnFieldAndLiveSettingsLeaveTheStructureAlone() {
        AeConfig base = AeConfig.defaultsFor(AeVariant.SPARSE_AE, DataSpec.of("digits"), DataKind.IMAGES);
        for (Hyperparameter<AeConfig> parameter : AeConfig.HYPERPARAMETERS) {
            Number other = parameter.kind() == Hyperparameter.Kind.INTEGER ? parameter.get(base).longValue() + 1
                    : parameter.get(base).doubleValue() == 0 ? 0.5 : parameter.get(base).doubleValue() / 2;
            AeConfig changed = parameter.with(base, other);
            assertEquals(other.doubleValue(), parameter.get(changed).doubleValue(), 1e-12, parameter.key());
            assertNotEquals(base, changed, parameter.key());
            AeConfig live = AeFamily.INSTANCE.withLiveSettingsOf(base, changed);
            assertTrue(AeFamily.INSTANCE.sameStructure(base, live), parameter.key());
            assertEquals(parameter.applies() == Applies.LIVE ? changed : base, live, parameter.key());
        }
    }

    private static Hyperparameter<AeConfig> named(String key) {
        return AeConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void turningLinearOnProposesThePcaLessonsSettingsAndGivenNumbersStillWin() {
        AeConfig digits = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("digits"), DataKind.IMAGES);
        AeConfig linear = digits.linearProposal();
        assertTrue(linear.linear() && linear.tiedWeights());
        assertEquals(List.of(0, 6, 512), List.of(linear.depth(), linear.codeSize(), linear.batchSize()));
        assertEquals(3e-3, linear.lr());
        assertEquals(1, AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("moons"), DataKind.POINTS).linearProposal().codeSize(),
                "a linear code on 2-D points has one dimension");
        AeConfig given = AeFamily.INSTANCE.configure("ae", DataSpec.of("digits"), DataKind.IMAGES,
                new java.util.LinkedHashMap<>(java.util.Map.of("code", "8", "linear", "true")));
        assertEquals(8, given.codeSize(), "a number given on the command line wins over the proposal");
        assertTrue(given.linear() && given.depth() == 0);
    }
}
