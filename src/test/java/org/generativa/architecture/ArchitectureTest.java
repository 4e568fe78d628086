package org.generativa.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application's classes keep to {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "org.generativa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = ArchitectureRules.LAYERS;

    @ArchTest
    static final ArchRule everyPackageInALayer = ArchitectureRules.EVERY_PACKAGE_IN_A_LAYER;

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;

    @ArchTest
    static final ArchRule uiLayers = ArchitectureRules.UI_LAYERS;

    @ArchTest
    static final ArchRule uiRooms = ArchitectureRules.UI_ROOMS;

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = ArchitectureRules.ONLY_UI_USES_JAVAFX;

    @ArchTest
    static final ArchRule dataNeedsNoEngine = ArchitectureRules.DATA_NEEDS_NO_ENGINE;
}
