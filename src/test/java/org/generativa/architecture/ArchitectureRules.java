package org.generativa.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture as rules: the order the packages build on each other, no cycles, rooms in the UI that do
 * not reach into each other, JavaFX only in the UI. {@code ArchitectureTest} checks the code against them;
 * {@code ArchitectureRulesCanFailTest} shows each of them refusing a deliberately bad class.
 */
final class ArchitectureRules {

    private static final String APP = "App";
    private static final String INTERFACE = "Command line and window";
    private static final String TOOLS = "Tools over the families";
    private static final String FAMILIES = "Model families";
    private static final String CONTRACT = "What a family provides";
    private static final String TRAINING = "Training and metrics";
    private static final String BASE = "Base";

    /**
     * Top to bottom; a layer uses only the layers below it:
     * app ({@code org.generativa}, the launcher) -> cli, ui -> latent, lab, models, run, bench -> gan, autoencoder
     * -> family -> train, metrics -> nn, data, preview, common.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer(APP).definedBy("org.generativa")
            .layer(INTERFACE).definedBy("org.generativa.cli..", "org.generativa.ui..")
            .layer(TOOLS).definedBy("org.generativa.latent..", "org.generativa.lab..", "org.generativa.models..",
                    "org.generativa.run..", "org.generativa.bench..", "org.generativa.exercise..")
            .layer(FAMILIES).definedBy("org.generativa.gan..", "org.generativa.autoencoder..")
            .layer(CONTRACT).definedBy("org.generativa.family..")
            .layer(TRAINING).definedBy("org.generativa.train..", "org.generativa.metrics..")
            .layer(BASE).definedBy("org.generativa.nn..", "org.generativa.data..", "org.generativa.preview..",
                    "org.generativa.common..")
            .whereLayer(APP).mayOnlyAccessLayers(INTERFACE, TOOLS, FAMILIES, CONTRACT, TRAINING, BASE)
            .whereLayer(INTERFACE).mayOnlyAccessLayers(TOOLS, FAMILIES, CONTRACT, TRAINING, BASE)
            .whereLayer(TOOLS).mayOnlyAccessLayers(FAMILIES, CONTRACT, TRAINING, BASE)
            .whereLayer(FAMILIES).mayOnlyAccessLayers(CONTRACT, TRAINING, BASE)
            .whereLayer(CONTRACT).mayOnlyAccessLayers(TRAINING, BASE)
            .whereLayer(TRAINING).mayOnlyAccessLayers(BASE)
            .whereLayer(BASE).mayNotAccessAnyLayer()
            .because("the families build on the training core, the tools on the families, and the core runs headless");

    /** A new package takes its place in {@link #LAYERS} on purpose: the layered rule does not see one outside them. */
    static final ArchRule EVERY_PACKAGE_IN_A_LAYER = classes().should().resideInAnyPackage("org.generativa",
            "org.generativa.cli..", "org.generativa.ui..", "org.generativa.latent..", "org.generativa.lab..",
            "org.generativa.models..", "org.generativa.run..", "org.generativa.bench..", "org.generativa.exercise..", "org.generativa.gan..",
            "org.generativa.autoencoder..", "org.generativa.family..", "org.generativa.train..", "org.generativa.metrics..",
            "org.generativa.nn..", "org.generativa.data..", "org.generativa.preview..", "org.generativa.common..");

    /** No package, sub-packages counted apart, depends on itself through others. */
    static final ArchRule NO_CYCLES = slices().matching("org.generativa.(**)").should().beFreeOfCycles();

    /**
     * The UI inside: the shell puts the tabs together; a tab (gan, ae, latent, lab) builds on the family tabs' base,
     * the dataset picker, the widgets and the common look, in that order.
     */
    static final ArchRule UI_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Shell").definedBy("org.generativa.ui.shell..")
            .layer("Tabs").definedBy("org.generativa.ui.gan..", "org.generativa.ui.ae..", "org.generativa.ui.latent..",
                    "org.generativa.ui.lab..", "org.generativa.ui.exercise..")
            .layer("Family tabs' base").definedBy("org.generativa.ui.family..")
            .layer("Dataset picker").definedBy("org.generativa.ui.dataset..")
            .layer("Widgets").definedBy("org.generativa.ui.widgets..")
            .layer("Common").definedBy("org.generativa.ui.common..")
            .whereLayer("Shell").mayOnlyAccessLayers("Tabs", "Family tabs' base", "Dataset picker", "Widgets", "Common")
            .whereLayer("Tabs").mayOnlyAccessLayers("Family tabs' base", "Dataset picker", "Widgets", "Common")
            .whereLayer("Family tabs' base").mayOnlyAccessLayers("Dataset picker", "Widgets", "Common")
            .whereLayer("Dataset picker").mayOnlyAccessLayers("Widgets", "Common")
            .whereLayer("Widgets").mayOnlyAccessLayers("Common")
            .whereLayer("Common").mayNotAccessAnyLayer();

    /** One room per feature: a tab's package does not use another's; they meet only in the shared rooms and the shell. */
    static final ArchRule UI_ROOMS = slices().matching("org.generativa.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("org.generativa.ui.shell.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage("org.generativa.ui.common..", "org.generativa.ui.widgets..",
                    "org.generativa.ui.family..", "org.generativa.ui.dataset.."))
            .because("a newcomer finds a feature in its own room, and changing one tab never breaks another");

    static final ArchRule ONLY_UI_USES_JAVAFX = noClasses()
            .that().resideOutsideOfPackage("org.generativa.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..", "atlantafx..")
            .because("the training core must run headless from the command line and tests");

    static final ArchRule DATA_NEEDS_NO_ENGINE = noClasses()
            .that().resideInAPackage("org.generativa.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.generativa.nn..", "ai.djl..")
            .because("datasets load, preview and summarise without the PyTorch engine");

    private ArchitectureRules() {}
}
