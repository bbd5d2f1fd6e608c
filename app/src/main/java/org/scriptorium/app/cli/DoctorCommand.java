package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.app.control.ControlClient;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.updates.LastCheck;
import org.scriptorium.core.updates.UpdateCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code doctor}: what a bug report needs: where the data and the log are, and which versions run. */
@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show the data directory, versions, draft count, log file, update checks, and whether a window is open on this data.")
final class DoctorCommand extends StudioCommand {
    private static final String NOT_FOUND = "not found";

    @Mixin
    JsonOption json;

    @Override
    void run() {
        // Run in the window, the command is its proof; run alone, the channel is asked (a store in use by a window
        // would have sent the command there, so this is mostly "no").
        boolean windowRunning = root().host().inWindow() || ControlClient.windowRunning(root().dataDirectory());
        Studio studio = studio();
        int drafts = studio.drafts().list(DraftFilter.ALL).size();
        int trashed = studio.drafts().list(DraftFilter.TRASH).size();
        String javaVersion = Runtime.version().toString();
        String javaVendor = System.getProperty("java.vendor", "unknown");
        String javafx = JavaFxVersion.find().orElse(NOT_FOUND);
        String logFile = LogFile.current().map(Path::toString).orElse(NOT_FOUND);
        UpdateCheck updates = updates();
        Optional<LastCheck> lastCheck = updates.lastCheck();
        if (json.enabled) {
            ObjectNode node = JsonOutput.object();
            node.put("version", AppVersion.current());
            node.put("dataDir", studio.dataDir().toString());
            node.put("schemaVersion", studio.schemaVersion());
            node.put("javaVersion", javaVersion);
            node.put("javaVendor", javaVendor);
            node.put("javafxVersion", javafx);
            node.put("drafts", drafts);
            node.put("trashedDrafts", trashed);
            node.put("logFile", logFile);
            ObjectNode update = node.putObject("updates");
            update.put("automatic", updates.automatic());
            update.put("feed", updates.feed().toString());
            update.set("lastCheck", lastCheck.map(DoctorCommand::json).orElse(null));
            node.put("windowRunning", windowRunning);
            JsonOutput.print(out(), node);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Scriptorium", AppVersion.current()));
        rows.add(List.of("Data directory", studio.dataDir().toString()));
        rows.add(List.of("Schema version", studio.schemaVersion()));
        rows.add(List.of("Java", javaVersion + " (" + javaVendor + ")"));
        rows.add(List.of("JavaFX", javafx));
        rows.add(List.of("Drafts", drafts + " (" + trashed + " in the trash)"));
        rows.add(List.of("Log file", logFile));
        rows.add(List.of("Update checks", (updates.automatic() ? "daily, from " : "off; by hand from ") + updates.feed()));
        rows.add(List.of("Last checked", lastCheck.map(DoctorCommand::describe).orElse("never")));
        rows.add(List.of("Window", windowRunning ? "open on this data directory" : "not open"));
        TextOutput.table(out(), rows, -1);
    }

    private static ObjectNode json(LastCheck last) {
        ObjectNode node = JsonOutput.object();
        node.put("at", last.at().toString());
        node.put("latest", last.latest().map(r -> r.version().toString()).orElse(null));
        node.put("url", last.latest().map(r -> r.page().toString()).orElse(null));
        node.put("failure", last.failure().orElse(null));
        return node;
    }

    private static String describe(LastCheck last) {
        String found = last.latest().map(r -> "latest release " + r.version()).orElse("no release listed");
        return TextOutput.local(last.at()) + ": " + last.failure().orElse(found);
    }
}
