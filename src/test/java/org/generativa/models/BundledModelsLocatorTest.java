package org.generativa.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledModelsLocatorTest {

    @TempDir
    Path dir;

    private static Path run(Path folder, String id) throws IOException {
        Path run = folder.resolve(id);
        Files.createDirectories(run.resolve("checkpoint"));
        Files.writeString(run.resolve("config.json"), "{}");
        return run;
    }

    private static Path file(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "");
    }

    private static Optional<Path> find(String configured, Path launcher, Path code) {
        return BundledModels.find(BundledModels.candidates(configured, launcher == null ? null : launcher.toString(), code));
    }

    @Test
    void findsTheModelsOfALinuxAppImageFromItsLauncher() throws IOException {
        Path root = dir.resolve("opt/generativa");
        run(root.resolve("lib/app/models"), "vae");
        Path launcher = file(root.resolve("bin/Generativa"));
        assertEquals(Optional.of(root.resolve("lib/app/models")), find(null, launcher, null));
    }

    @Test
    void findsTheModelsOfAMacAppBundleFromItsLauncher() throws IOException {
        Path contents = dir.resolve("Applications/Generativa.app/Contents");
        run(contents.resolve("app/models"), "vae");
        Path launcher = file(contents.resolve("MacOS/Generativa"));
        assertEquals(Optional.of(contents.resolve("app/models")), find(null, launcher, null));
    }

    @Test
    void findsTheModelsOfAWindowsInstallationFromItsLauncher() throws IOException {
        Path root = dir.resolve("Program Files/Generativa");
        run(root.resolve("app/models"), "vae");
        Path launcher = file(root.resolve("Generativa.exe"));
        assertEquals(Optional.of(root.resolve("app/models")), find(null, launcher, null));
    }

    @Test
    void findsTheModelsBesideTheJarOfAnAppImageWithoutTheLauncherProperty() throws IOException {
        Path app = dir.resolve("generativa/lib/app");
        run(app.resolve("models"), "vae");
        assertEquals(Optional.of(app.resolve("models")), find(null, null, file(app.resolve("generativa.jar"))));
    }

    @Test
    void findsTheModelsOfACheckoutFromTheJarOrTheClassesInTarget() throws IOException {
        Path project = dir.resolve("generativa");
        run(project.resolve("models"), "vae");
        Path jar = file(project.resolve("target/generativa.jar"));
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        assertEquals(Optional.of(project.resolve("models")), find(null, null, jar));
        assertEquals(Optional.of(project.resolve("models")), find(null, null, classes));
    }

    @Test
    void skipsAModelsFolderWithoutRunsAndFallsBackToTheNextPlace() throws IOException {
        Path root = dir.resolve("opt/generativa");
        Files.createDirectories(root.resolve("lib/app/models/not-a-run"));
        Path launcher = file(root.resolve("bin/Generativa"));
        Path project = dir.resolve("checkout");
        run(project.resolve("models"), "vae");
        Path jar = file(project.resolve("target/generativa.jar"));
        assertEquals(Optional.of(project.resolve("models")), find(null, launcher, jar));
        assertEquals(Optional.empty(), find(null, launcher, null));
    }

    @Test
    void theConfiguredFolderIsTheOnlyPlaceLookedAt() throws IOException {
        Path project = dir.resolve("checkout");
        run(project.resolve("models"), "vae");
        Path jar = file(project.resolve("target/generativa.jar"));
        Path mine = dir.resolve("mine");
        run(mine, "gan");
        assertEquals(Optional.of(mine), find(mine.toString(), null, jar));
        assertEquals(Optional.empty(), find(dir.resolve("missing").toString(), null, jar));
    }

    @Test
    void listsRunFoldersInTheirOrderThenByTheNameTheirAboutFileGives() throws IOException {
        Path models = dir.resolve("models");
        Files.writeString(run(models, "b-model").resolve(BundledModels.ABOUT_FILE),
                "name = VAE \u2013 digits, 2-D code\ndescription = Two numbers per digit.\norder = 2\n", StandardCharsets.UTF_8);
        Files.writeString(run(models, "a-model").resolve(BundledModels.ABOUT_FILE), "name=Zeta GAN\norder=1\n");
        Files.writeString(run(models, "e-model").resolve(BundledModels.ABOUT_FILE), "name=Alpha\norder=first\n");
        run(models, "c-model");
        Files.createDirectories(models.resolve("d-weights-only/checkpoint"));
        Files.writeString(models.resolve("README.md"), "not a model");

        List<BundledModel> list = BundledModels.list(models);

        assertEquals(List.of("a-model", "b-model", "e-model", "c-model"), list.stream().map(BundledModel::id).toList());
        assertEquals(List.of("Zeta GAN", "VAE \u2013 digits, 2-D code", "Alpha", "c-model"),
                list.stream().map(BundledModel::name).toList());
        assertEquals("Two numbers per digit.", list.get(1).description());
        assertEquals("", list.get(3).description());
        assertEquals(models.resolve("b-model"), list.get(1).directory());
    }

    @Test
    void aMissingFolderListsNothing() {
        assertTrue(BundledModels.list(dir.resolve("nowhere")).isEmpty());
    }
}
