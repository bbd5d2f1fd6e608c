package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real entry point in its own JVM: what a shell script calling {@code scriptorium} gets. */
class LauncherProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path dataDir;
    @TempDir
    Path streams;

    @Test
    void aCommandNeedsNoDisplayAndPrintsOnlyItsJsonAndLogsIntoTheDataDirectory() throws Exception {
        Outcome created = launch("--data-dir", dataDir.toString(), "draft", "new", "--title", "T", "--json");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(created.out().strip()).startsWith("{").endsWith("}");
        assertThat(JSON.readTree(created.out()).get("title").asText()).isEqualTo("T");

        Outcome doctor = launch("--data-dir", dataDir.toString(), "doctor", "--json");
        JsonNode report = JSON.readTree(doctor.out());
        assertThat(doctor.err()).isEmpty();
        assertThat(report.get("drafts").asInt()).isEqualTo(1);
        assertThat(report.get("logFile").asText()).isEqualTo(dataDir.resolve("logs").resolve("scriptorium.log").toAbsolutePath().toString());
        assertThat(Files.readString(dataDir.resolve("logs").resolve("scriptorium.log"))).contains("Studio opened on");
        assertThat(report.get("javafxVersion").asText()).matches("\\d+(\\.\\d+)*");
    }

    @Test
    void aSecondProcessOnADataDirectoryInUseFailsWithOneLine() throws Exception {
        Studio held = Studio.open(dataDir);
        Outcome refused;
        try {
            refused = launch("--data-dir", dataDir.toString(), "draft", "list");
        } finally {
            held.close();
        }

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("scriptorium: The data directory ").contains("is in use");
    }

    @Test
    void withAWindowOpenACommandRunsInItAndASecondStartHandsItsFileOverWithoutOpeningTheStore() throws Exception {
        Path file = Files.writeString(streams.resolve("Field notes.md"), "# Field notes\n");
        Outcome created;
        Outcome handedOver;
        try (WindowStandIn window = new WindowStandIn(dataDir)) {
            created = launch("--data-dir", dataDir.toString(), "draft", "new", "--title", "From a terminal", "--json");
            handedOver = launch("--data-dir", dataDir.toString(), file.toString());

            assertThat(window.opened).containsExactly(file.toAbsolutePath());
            assertThat(window.studio.drafts().list(org.scriptorium.core.drafts.DraftFilter.ALL))
                    .extracting(org.scriptorium.core.drafts.DraftSummary::title).containsExactly("From a terminal");
        }

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(JSON.readTree(created.out()).get("title").asText()).isEqualTo("From a terminal");
        assertThat(handedOver.exitCode()).as(handedOver.err()).isZero();
        assertThat(handedOver.out() + handedOver.err()).isEmpty();
        // Neither process opened the store or even started logging: they asked the window and left.
        assertThat(dataDir.resolve("logs")).doesNotExist();
    }

    private Outcome launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                // The test class path also holds logback-test.xml files; run with the logging the app ships.
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"),
                "org.scriptorium.app.Launcher"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(streams, "out", ".txt");
        Path err = Files.createTempFile(streams, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("SCRIPTORIUM_DATA_DIR");
        // Headless use (a server, a cron job) has no display: commands must never start JavaFX.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not finish within 90 s");
        }
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Outcome(int exitCode, String out, String err) {
    }
}
