package org.scriptorium.app.cli;

import org.scriptorium.core.research.rank.SemanticAddon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;

/** {@code scriptorium semantic}: the semantic reranking add-on, installed and turned on or off. */
@Command(name = "semantic", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Semantic reranking for deep research (a sentence-embedding model run on this computer, about 130 MB): "
                + "status, install [FOLDER|ZIP], on, off, remove. A build from source offers semantic/target/addon.")
final class SemanticCommand extends StudioCommand {
    /** Where a build from source puts the add-on (the launcher passes it). */
    static final String BUILT_ADDON_PROPERTY = "scriptorium.semantic-addon";

    @Parameters(index = "0", paramLabel = "ACTION", description = "status (default), install, on, off or remove.", defaultValue = "status")
    String action;

    @Parameters(index = "1", paramLabel = "FROM", arity = "0..1", description = "For install: the add-on's folder or zip.")
    Path from;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        SemanticAddon addon = research().semantic();
        switch (action.toLowerCase(Locale.ROOT)) {
            case "status" -> { }
            case "install" -> {
                Path source = from != null ? from : built();
                asUsage(() -> addon.install(source));
            }
            case "on" -> addon.setEnabled(true);
            case "off" -> addon.setEnabled(false);
            case "remove" -> addon.uninstall();
            default -> throw usage("ACTION is status, install, on, off or remove; got \"" + action + "\".");
        }
        SemanticAddon.Status status = addon.status();
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.object().put("installed", status.installed()).put("enabled", status.enabled())
                    .put("jars", status.jars()).put("bytes", status.bytes()));
            return;
        }
        out().println(!status.installed() ? "Semantic reranking is not installed; deep research ranks sources by their words. "
                + "Install it: scriptorium semantic install [FOLDER|ZIP]"
                : "Semantic reranking is installed" + (status.jars() > 0 ? " (" + status.jars() + " jars, " + status.bytes() / 1_000_000 + " MB)" : "")
                + " and " + (status.enabled() ? "on: deep research orders sources by meaning." : "off: scriptorium semantic on"));
    }

    private Path built() {
        String property = System.getProperty(BUILT_ADDON_PROPERTY);
        if (property == null || property.isBlank()) {
            throw usage("Give the add-on's folder or zip: scriptorium semantic install FROM.");
        }
        Path built = Path.of(property);
        if (!java.nio.file.Files.isDirectory(built)) {
            throw new org.scriptorium.core.ScriptoriumException("The add-on is not built yet. Build it (about 130 MB) with: "
                    + "./mvnw -pl semantic -am package -DskipTests, then run scriptorium semantic install again.");
        }
        return built;
    }
}
