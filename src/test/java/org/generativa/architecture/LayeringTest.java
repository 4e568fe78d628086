package org.generativa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.generativa", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.generativa.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..", "atlantafx..")
            .because("the training core must run headless from the command line and tests");

    @ArchTest
    static final ArchRule coreDoesNotDependOnUiOrCli = noClasses()
            .that().resideInAnyPackage("org.generativa.data..", "org.generativa.nn..", "org.generativa.gan..",
                    "org.generativa.train..", "org.generativa.metrics..", "org.generativa.common..", "org.generativa.lab..",
                    "org.generativa.models..")
            .should().dependOnClassesThat().resideInAnyPackage("org.generativa.ui..", "org.generativa.cli..");

    @ArchTest
    static final ArchRule labIsHeadless = noClasses()
            .that().resideInAPackage("org.generativa.lab..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..",
                    "atlantafx..", "org.generativa.ui..")
            .because("the lab's presets, runs and collapse detector serve the command line and tests as well as the lab tab");

    @ArchTest
    static final ArchRule dataDoesNotDependOnModels = noClasses()
            .that().resideInAPackage("org.generativa.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.generativa.nn..", "org.generativa.gan..",
                    "org.generativa.train..", "ai.djl..");
}
