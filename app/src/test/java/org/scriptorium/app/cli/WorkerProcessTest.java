package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.sync.TestHub;
import org.scriptorium.publishers.bluesky.FakePds;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless worker as a user starts it: a separate process from the command line, against the sync account's
 * PostgreSQL, publishing a post a desktop planned to a loopback Bluesky while the desktop is closed; then running
 * until SIGTERM, answering its health check, and stopping without leaving a claim.
 */
class WorkerProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSPHRASE = "a passphrase for the worker test";

    @TempDir
    Path folder;
    private TestHub hub;
    private FakePds pds;
    private Path desktop;
    private String account;
    private Map<String, String> environment;

    @BeforeEach
    void desktopWithASyncedAccount() throws Exception {
        hub = TestHub.create("scriptorium_worker");
        pds = new FakePds();
        desktop = folder.resolve("laptop");
        account = new CliRunner(desktop).connectBluesky(pds);
        environment = Map.of("PG_PASSWORD", "unused-with-trust", "SYNC_PASSPHRASE", PASSPHRASE);
        Result setup = desktop("sync", "setup", "--url", hub.address(), "--user", TestHub.user(), "--password-env", "PG_PASSWORD",
                "--passphrase-env", "SYNC_PASSPHRASE", "--device-name", "laptop", "--json");
        assertThat(setup.exitCode()).as(setup.err()).isZero();
    }

    @AfterEach
    void close() throws Exception {
        if (pds != null) { // null when there was no PostgreSQL and the test was skipped
            pds.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aWorkerPublishesWhatTheClosedDesktopPlannedAndStopsOnSigtermWithoutAClaim() throws Exception {
        String first = plan("Sent while the laptop sleeps");
        assertThat(desktop("sync", "now").exitCode()).isZero();

        Worker refused = start(Map.of("SYNC_PASSPHRASE", "not the passphrase at all"), "--once");
        assertThat(refused.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.process.exitValue()).isEqualTo(1);
        assertThat(refused.err()).contains("That sync passphrase does not open this account");
        assertThat(pds.records).as("nothing sent by a worker refused").isEmpty();

        Worker once = start("--once");
        assertThat(once.process.waitFor(120, TimeUnit.SECONDS)).as("the worker ran once and exited").isTrue();
        assertThat(once.process.exitValue()).as(once.err()).isZero();
        List<JsonNode> log = once.log();
        assertThat(log).as("every line on stdout is a JSON log event").isNotEmpty();
        assertThat(log).anySatisfy(event -> assertThat(event.path("formattedMessage").asText()).contains("ran what was due once"));
        assertThat(once.out()).doesNotContain(PASSPHRASE).doesNotContain(FakePds.APP_PASSWORD);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Sent while the laptop sleeps");

        assertThat(desktop("sync", "now").exitCode()).isZero();
        JsonNode shown = desktop("post", "show", first, "--json").json();
        assertThat(shown.get("status").asText()).isEqualTo("published");
        assertThat(shown.get("url").asText()).startsWith("https://bsky.app/profile/");

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Worker running = start("--health-port", Integer.toString(port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
            waitFor(() -> {
                try {
                    return http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, 90, running);
            JsonNode answer = JSON.readTree(http.send(health, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(answer.get("status").asText()).isEqualTo("ok");
            assertThat(answer.get("name").asText()).isEqualTo("test-worker");

            // A post planned now reaches the running worker through the account's notifications, not at the next minute.
            plan("Planned while the worker runs");
            assertThat(desktop("sync", "now").exitCode()).isZero();
            waitFor(() -> pds.records.size() == 2, 60, running);
        } finally {
            running.process.destroy(); // SIGTERM
        }
        assertThat(running.process.waitFor(90, TimeUnit.SECONDS)).as("the worker stopped on SIGTERM").isTrue();
        assertThat(running.log()).anySatisfy(event -> {
            assertThat(event.path("formattedMessage").asText()).isEqualTo("Worker stopped");
            assertThat(event.toString()).contains("claimsHeld").contains("\"0\"");
        });
        assertThat(heldClaims()).isZero();
        // Neither the account's app password nor the sync passphrase is anywhere in the database in clear: not in the
        // hub's tables, not in the worker's own schema (its tokens are sealed there).
        // The worker's schema starts with the account's (a long name keeps its first 50 characters and a digest).
        String everything = everyRowOf(hub.schema().substring(0, 40) + "%");
        assertThat(everything).contains("Sent while the laptop sleeps").doesNotContain(FakePds.APP_PASSWORD).doesNotContain(PASSPHRASE);
        assertThat(everything).contains("worker_secrets");
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText())
                .containsExactlyInAnyOrder("Sent while the laptop sleeps", "Planned while the worker runs");
    }

    private String plan(String text) {
        String dueAMinuteAgo = LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
        Result planned = desktop("post", "new", "--account", account, "--text", text, "--at", dueAMinuteAgo, "--zone", "Europe/Berlin", "--json");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        return planned.json().get("id").asText();
    }

    private Result desktop(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", desktop.toString()));
        all.addAll(List.of(args));
        return CliRunner.runWith(environment, all.toArray(String[]::new));
    }

    /** Every row of every table in the schemas whose names match {@code pattern}, as text, each table named first. */
    private String everyRowOf(String pattern) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = hub.admin().getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_schema LIKE '" + pattern + "' AND table_type = 'BASE TABLE'")) {
                while (row.next()) {
                    tables.add(row.getString(1));
                }
            }
            for (String table : tables) {
                text.append(table).append('\n');
                try (ResultSet row = statement.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (row.next()) {
                        text.append(row.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private long heldClaims() throws Exception {
        try (Connection connection = hub.admin().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + hub.schema() + ".hub_claims WHERE kind = 'post' AND state = 'HELD'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void waitFor(BooleanSupplier condition, int seconds, Worker worker) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until || !worker.process.isAlive()) {
                throw new AssertionError("Waited in vain; the worker said:\n" + worker.out() + worker.err());
            }
            Thread.sleep(250);
        }
    }

    private record Worker(Process process, Path stdout, Path stderr) {
        String out() throws IOException {
            return Files.readString(stdout);
        }

        String err() throws IOException {
            return Files.readString(stderr);
        }

        List<JsonNode> log() throws IOException {
            List<JsonNode> events = new ArrayList<>();
            for (String line : Files.readAllLines(stdout)) {
                if (!line.isBlank()) {
                    events.add(JSON.readTree(line));
                }
            }
            return events;
        }
    }

    private Worker start(String... options) throws IOException {
        return start(Map.of(), options);
    }

    private Worker start(Map<String, String> overrides, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "org.scriptorium.app.Launcher",
                "worker", "--url", hub.address(), "--user", TestHub.user(), "--password-env", "PG_PASSWORD", "--passphrase-env", "SYNC_PASSPHRASE",
                "--name", "test-worker", "--work-dir", folder.resolve("worker").toString()));
        command.addAll(List.of(options));
        Path out = Files.createTempFile(folder, "worker-out", ".txt");
        Path err = Files.createTempFile(folder, "worker-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(overrides);
        builder.environment().remove("DISPLAY");
        return new Worker(builder.start(), out, err);
    }
}
