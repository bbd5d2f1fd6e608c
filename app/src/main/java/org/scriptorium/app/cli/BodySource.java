package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftTransfer;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** A draft's text from {@code --file F.md} or {@code --body TEXT}; picocli refuses both at once. */
final class BodySource {
    @Option(names = "--file", paramLabel = "F.md", description = "Take the text from this UTF-8 file, as it is.")
    Path file;

    @Option(names = "--body", paramLabel = "TEXT", description = "Take the text from this argument.")
    String body;

    String text() {
        return file != null ? DraftTransfer.readText(file) : body;
    }
}
