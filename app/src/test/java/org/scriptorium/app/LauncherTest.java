package org.scriptorium.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {
    @TempDir
    Path folder;

    @Test
    void aMarkdownFileTheSystemHandsOverOpensTheWindowToImportIt() throws IOException {
        Path notes = Files.writeString(folder.resolve("Launch notes.md"), "# Launch\n");
        Path more = Files.writeString(folder.resolve("more.MARKDOWN"), "More\n");

        assertThat(Launcher.markdownFilesToOpen(new String[]{notes.toString()})).containsExactly(notes.toAbsolutePath());
        assertThat(Launcher.markdownFilesToOpen(new String[]{"--data-dir", "/somewhere", notes.toString(), more.toString()}))
                .containsExactly(notes.toAbsolutePath(), more.toAbsolutePath());
        assertThat(Launcher.opensWindow(new String[]{})).isTrue();
        assertThat(Launcher.opensWindow(new String[]{"--data-dir=/somewhere"})).isTrue();
    }

    @Test
    void commandsMissingFilesAndOtherFilesStayWithTheCommandLine() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "plain");

        assertThat(Launcher.markdownFilesToOpen(new String[]{"draft", "list"})).isNull();
        assertThat(Launcher.markdownFilesToOpen(new String[]{folder.resolve("gone.md").toString()})).isNull();
        assertThat(Launcher.markdownFilesToOpen(new String[]{text.toString()})).isNull();
        // A command that takes a Markdown file is still a command.
        Path notes = Files.writeString(folder.resolve("notes.md"), "# Notes\n");
        assertThat(Launcher.markdownFilesToOpen(new String[]{"draft", "import", notes.toString()})).isNull();
    }
}
