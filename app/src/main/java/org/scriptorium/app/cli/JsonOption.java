package org.scriptorium.app.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output instead of text. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean enabled;
}
