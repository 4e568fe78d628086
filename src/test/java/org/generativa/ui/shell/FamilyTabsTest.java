package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.gan.GanTab;
import org.junit.jupiter.api.Test;

class FamilyTabsTest {

    @Test
    void everyModelFamilyHasItsOwnTabInTheFamiliesOrder() {
        List<ModelFamily<?>> shown = ModelFamilies.all().stream().<ModelFamily<?>>map(f -> AppShell.tabOf(f).family()).toList();
        assertEquals(ModelFamilies.all(), shown);
        assertEquals(List.of(GanTab.KIND, AeTab.KIND), ModelFamilies.all().stream().map(AppShell::tabOf).toList());
    }
}
