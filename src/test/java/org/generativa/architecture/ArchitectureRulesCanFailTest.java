package org.generativa.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.generativa.archfixture.cycle.a.First;
import org.generativa.archfixture.cycle.b.Second;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.archfixture.AutoencoderReachesIntoCli;
import org.generativa.autoencoder.archfixture.AutoencoderReachesIntoUi;
import org.generativa.cli.GenerativaCli;
import org.generativa.data.archfixture.DataReachesIntoAutoencoder;
import org.generativa.data.archfixture.DataReachesIntoEngine;
import org.generativa.data.archfixture.DataReachesIntoMetrics;
import org.generativa.latent.archfixture.LatentReachesIntoUi;
import org.generativa.metrics.ModeCoverage;
import org.generativa.train.archfixture.TrainingReachesIntoJavaFx;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.common.I18n;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.gan.archfixture.GanTabReachesIntoAeTab;
import org.generativa.ui.gan.archfixture.GanTabUsesItsFamily;
import org.generativa.ui.widgets.archfixture.WidgetReachesIntoGanTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule checked against deliberately bad classes (test fixtures in the {@code archfixture}
 * packages, never run): it must find the bad dependency and name both classes. The rules' reports are printed.
 */
class ArchitectureRulesCanFailTest {

    static Stream<Arguments> importsTheLayersForbid() {
        return Stream.of(
                Arguments.of("autoencoder -> ui", AutoencoderReachesIntoUi.class, I18n.class),
                Arguments.of("autoencoder -> cli", AutoencoderReachesIntoCli.class, GenerativaCli.class),
                Arguments.of("latent -> ui", LatentReachesIntoUi.class, I18n.class),
                Arguments.of("data -> autoencoder", DataReachesIntoAutoencoder.class, AeVariant.class),
                Arguments.of("data -> metrics", DataReachesIntoMetrics.class, ModeCoverage.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("importsTheLayersForbid")
    void theLayerRuleRefusesAnImportUpwards(String what, Class<?> offender, Class<?> target) {
        refuses(ArchitectureRules.LAYERS, what, offender, target);
    }

    @Test
    void theLayerRuleLetsTheWindowUseAFamily() {
        EvaluationResult result = ArchitectureRules.LAYERS.evaluate(
                new ClassFileImporter().importClasses(GanTabUsesItsFamily.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void aPackageOutsideTheLayersIsNamed() {
        EvaluationResult result = ArchitectureRules.EVERY_PACKAGE_IN_A_LAYER.evaluate(
                new ClassFileImporter().importClasses(First.class, GanTabUsesItsFamily.class));
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(First.class.getName()), report);
        assertFalse(report.contains(GanTabUsesItsFamily.class.getName()), "ui is a layer");
    }

    @Test
    void aPackageCycleIsFound() {
        refuses(ArchitectureRules.NO_CYCLES, "archfixture.cycle.a <-> archfixture.cycle.b", First.class, Second.class);
    }

    @Test
    void oneTabsRoomDoesNotReachIntoAnothers() {
        refuses(ArchitectureRules.UI_ROOMS, "ui.gan -> ui.ae", GanTabReachesIntoAeTab.class, AeTab.class);
    }

    @Test
    void aWidgetDoesNotKnowATab() {
        refuses(ArchitectureRules.UI_LAYERS, "ui.widgets -> ui.gan", WidgetReachesIntoGanTab.class, GanTab.class);
    }

    @Test
    void javaFxStaysInTheUi() {
        refuses(ArchitectureRules.ONLY_UI_USES_JAVAFX, "train -> javafx", TrainingReachesIntoJavaFx.class, Label.class);
    }

    @Test
    void datasetsDoNotNeedTheEngine() {
        refuses(ArchitectureRules.DATA_NEEDS_NO_ENGINE, "data -> ai.djl", DataReachesIntoEngine.class,
                ai.djl.ndarray.NDManager.class);
    }

    /** The rule run on the offender alone (and the target, for rules about packages depending on packages). */
    private static void refuses(ArchRule rule, String what, Class<?> offender, Class<?> target) {
        boolean slices = rule == ArchitectureRules.NO_CYCLES || rule == ArchitectureRules.UI_ROOMS;
        EvaluationResult result = rule.evaluate(slices ? new ClassFileImporter().importClasses(offender, target)
                : new ClassFileImporter().importClasses(offender));
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), what + " passed the rule");
        assertTrue(report.contains(offender.getName()) && report.contains(target.getName()), report);
        System.out.println(what + ":\n" + report);
    }
}
