package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.control.ControlClient;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftSummary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line while the window holds the store: each command goes over the channel and runs on the window's open
 * studio, and the caller gets its output and exit code.
 */
class CommandsInTheWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path callerFolder;
    private WindowStandIn window;
    private Studio windowStudio;

    @BeforeEach
    void openTheWindow() throws IOException {
        window = new WindowStandIn(dataDir);
        windowStudio = window.studio;
    }

    @AfterEach
    void closeTheWindow() {
        window.close();
    }

    @Test
    void aDraftMadeFromTheCommandLineIsListedThereAndInTheWindowWhoseStoreStaysOpen() throws Exception {
        Outcome created = run("", "draft", "new", "--title", "Typed in a terminal", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = JSON.readTree(created.out()).get("id").asText();

        Outcome listed = run("", "draft", "list", "--json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.err()).isEmpty();
        List<String> ids = new ArrayList<>();
        JSON.readTree(listed.out()).forEach(d -> ids.add(d.get("id").asText()));
        assertThat(ids).containsExactly(id);
        // The command borrowed the window's studio and left it open: the window goes on reading it.
        assertThat(windowStudio.drafts().list(DraftFilter.ALL)).extracting(DraftSummary::title).containsExactly("Typed in a terminal");
    }

    @Test
    void aRelativePathMeansTheCallersFolderNotTheWindows() throws Exception {
        Files.writeString(callerFolder.resolve("essay.md"), "# Essay\n\nWritten in another folder.\n");

        Outcome imported = run("", "draft", "import", "essay.md", "--json");
        Outcome exported = run("", "draft", "export", "--json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(windowStudio.drafts().list(DraftFilter.ALL)).extracting(DraftSummary::title).containsExactly("Essay");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        Path written = Path.of(JSON.readTree(exported.out()).get(0).get("file").asText());
        assertThat(written.getParent()).as("export writes to the caller's folder by default").isEqualTo(callerFolder);
        assertThat(Files.readString(written)).contains("Written in another folder.");
    }

    @Test
    void aSecretOnStandardInputReachesTheWindowAndIsNeverPrinted() throws Exception {
        Outcome added = run("sk-from-the-terminal\n", "provider", "add", "remote", "--kind", "openai", "--url", "http://127.0.0.1:9",
                "--model", "gpt-4o-mini", "--key-stdin", "--json");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).doesNotContain("sk-from-the-terminal");
        assertThat(JSON.readTree(added.out()).get("hasKey").asBoolean()).isTrue();
    }

    @Test
    void failuresKeepTheirExitCodeAndOneLineOnStderrWithNothingOnStdout() throws Exception {
        Outcome missing = run("", "draft", "show", "0000");
        Outcome badUsage = run("", "draft", "frobnicate");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().lines().toList()).singleElement().asString().startsWith("scriptorium: ");
        assertThat(badUsage.exitCode()).isEqualTo(2);
        assertThat(badUsage.out()).isEmpty();
    }

    @Test
    void doctorSaysWhetherAWindowIsOpenOnTheData(@TempDir Path otherData) throws Exception {
        JsonNode inWindow = JSON.readTree(run("", "doctor", "--json").out());
        CliRunner.Result alone = new CliRunner(otherData).run("doctor", "--json");

        assertThat(inWindow.get("windowRunning").asBoolean()).isTrue();
        assertThat(inWindow.get("dataDir").asText()).isEqualTo(dataDir.toAbsolutePath().toString());
        assertThat(alone.json().get("windowRunning").asBoolean()).isFalse();
    }

    /** What the launcher does when it finds the window: hands it the command line typed in {@link #callerFolder}. */
    private Outcome run(String stdin, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ControlClient window = ControlClient.connect(dataDir).orElseThrow()) {
            int exitCode = window.run(all, callerFolder, Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
            return new Outcome(exitCode, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"), err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }
    }

    private record Outcome(int exitCode, String out, String err) {
    }
}
