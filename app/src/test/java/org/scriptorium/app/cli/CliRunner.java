package org.scriptorium.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.RevisionSummary;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Runs the CLI in this JVM on one data directory and captures what a user would see. */
final class CliRunner {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path dataDir;

    CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return runWith(Map.of(), all.toArray(String[]::new));
    }

    /** Connects the loopback Bluesky account from the command line, as a user does; returns the start of its id. */
    String connectBluesky(org.scriptorium.publishers.bluesky.FakePds pds) {
        Result connected = runWith(Map.of("P", org.scriptorium.publishers.bluesky.FakePds.APP_PASSWORD), "--data-dir", dataDir.toString(),
                "account", "connect", "bluesky", "--handle", org.scriptorium.publishers.bluesky.FakePds.HANDLE, "--instance", pds.url(),
                "--password-env", "P", "--json");
        if (connected.exitCode() != 0) {
            throw new AssertionError("Connecting the loopback Bluesky account failed: " + connected.err());
        }
        return connected.json().get(0).get("id").asText().substring(0, 8);
    }

    static Result runWith(Map<String, String> environment, String... args) {
        return runWith(environment, new StringWriter(), args);
    }

    /** Runs with a stderr the caller can read while the command still runs (a sign-in prints its address there and waits). */
    static Result runWith(Map<String, String> environment, StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        int exitCode = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), environment);
        // Compared with "\n" in tests whatever the platform's line separator.
        return new Result(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** Looks at the store the way the window would, after the CLI has closed it. */
    private <T> T inStudio(Function<Studio, T> query) {
        try (Studio studio = Studio.open(dataDir)) {
            return query.apply(studio);
        }
    }

    List<DraftSummary> drafts() {
        return inStudio(studio -> studio.drafts().list(DraftFilter.ALL));
    }

    DraftDocument draft(String id) {
        return inStudio(studio -> studio.drafts().get(UUID.fromString(id)));
    }

    List<RevisionSummary> revisions(String id) {
        return inStudio(studio -> studio.drafts().revisions(UUID.fromString(id)));
    }

    List<String> revisionBodies(String id) {
        UUID draftId = UUID.fromString(id);
        return inStudio(studio -> studio.drafts().revisions(draftId).stream()
                .map(revision -> studio.drafts().revisionBody(draftId, revision.id())).toList());
    }

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }
}
