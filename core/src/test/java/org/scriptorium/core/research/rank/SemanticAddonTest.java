package org.scriptorium.core.research.rank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The semantic add-on as a user installs it: what is not the add-on is refused and changes nothing. */
class SemanticAddonTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;

    @Test
    void somethingThatIsNotTheAddonIsRefusedAndNothingIsInstalled() throws Exception {
        try (Studio studio = TestStudios.open(dataDir)) {
            SemanticAddon addon = studio.research().semantic();
            assertThat(addon.status().installed()).isFalse();
            assertThat(addon.embedder(new InstalledEmbedder())).isEmpty();

            Path folder = Files.createDirectories(downloads.resolve("not-the-addon"));
            try (OutputStream out = Files.newOutputStream(folder.resolve("library.jar")); JarOutputStream jar = new JarOutputStream(out)) {
                jar.putNextEntry(new ZipEntry("README.txt"));
                jar.write("no embedder here".getBytes());
            }
            assertThatThrownBy(() -> addon.install(folder)).hasMessageContaining("is not the semantic add-on");
            assertThatThrownBy(() -> addon.install(downloads.resolve("missing.zip"))).hasMessageContaining("There is no add-on");

            // A zip whose entries name folders outside cannot write there: only jar names are kept, inside the staging folder.
            Path zip = downloads.resolve("hostile.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("../../escaped.jar"));
                out.write(Files.readAllBytes(folder.resolve("library.jar")));
            }
            assertThatThrownBy(() -> addon.install(zip)).hasMessageContaining("is not the semantic add-on");
            assertThat(downloads.getParent().resolve("escaped.jar")).doesNotExist();
            assertThat(dataDir.resolve("escaped.jar")).doesNotExist();
            assertThat(addon.status().installed()).isFalse();
            assertThat(dataDir.resolve("addons").resolve("semantic")).doesNotExist();

            addon.setEnabled(false);
            assertThat(addon.enabled()).isFalse();
            addon.setEnabled(true);
            assertThat(addon.enabled()).isTrue();
        }
    }
}
