package org.scriptorium.app.cli;

/** Placeholder until the CLI lands: says so and fails. */
public final class Cli {
    private Cli() {
    }

    public static int execute(String[] args) {
        System.err.println("The command line is not built yet.");
        return 1;
    }
}
