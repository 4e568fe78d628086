package org.generativa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.generativa.bench.ChildProcesses;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void theWindowOpensBareOrForOneRunFileAndCommandsStayHeadless() {
        assertTrue(Launcher.opensWindow(new String[0]));
        assertTrue(Launcher.opensWindow(new String[] {"/home/ann/homework/vae-run.genrun"}));
        assertTrue(Launcher.opensWindow(new String[] {"C:\\Users\\ann\\VAE RUN.GENRUN"}), "file managers keep the case");
        assertFalse(Launcher.opensWindow(new String[] {"train", "--model", "vae"}));
        assertFalse(Launcher.opensWindow(new String[] {"models"}));
        assertFalse(Launcher.opensWindow(new String[] {"a.genrun", "b.genrun"}), "two files: refused by the command line");
        assertFalse(Launcher.opensWindow(new String[] {"run.genrun.zip"}));
    }

    @Test
    void theBenchmarksStartTheLauncherByItsName() {
        assertEquals(Launcher.class.getName(), ChildProcesses.MAIN_CLASS);
    }
}
