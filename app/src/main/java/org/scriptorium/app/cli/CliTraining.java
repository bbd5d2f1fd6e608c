package org.scriptorium.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run of the CLI's ahead-of-time cache (decision 5): the commands people run most, reading and writing,
 * in one JVM on a throwaway data directory, so that the JDK records the classes they load. The JDK makes a cache from
 * one run, hence one process for all of them. Nothing here reaches the network or the keychain.
 *
 * <pre>java -XX:AOTCacheOutput=FILE [the CLI's JVM options] -cp ... org.scriptorium.app.cli.CliTraining EMPTY_DIR</pre>
 *
 * Exits with status 1, naming the command, when one of them fails: a cache trained on failures would be a poor one.
 */
public final class CliTraining {
    /** A draft of the demo workspace, by the start of its id (the demo's ids are fixed). */
    private static final String DEMO_DRAFT = "019a0000-0000-7000-8000-000000000002";

    private CliTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CliTraining EMPTY_DATA_DIRECTORY");
            System.exit(2);
        }
        List<String> failed = run(Path.of(args[0]));
        if (!failed.isEmpty()) {
            System.err.println("CliTraining: these commands failed: " + String.join("; ", failed));
            System.exit(1);
        }
    }

    /** Runs every training command on {@code dataDir}; returns those that did not end as expected. */
    static List<String> run(Path dataDir) {
        List<String> failed = new ArrayList<>();
        for (Step step : steps()) {
            List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
            args.addAll(step.words());
            StringWriter err = new StringWriter();
            int exitCode = Cli.execute(args.toArray(String[]::new), new PrintWriter(Writer.nullWriter()), new PrintWriter(err), Map.of());
            if (exitCode != step.exitCode()) {
                failed.add(String.join(" ", step.words()) + " (exit " + exitCode + ": " + err.toString().strip() + ")");
            }
        }
        return failed;
    }

    private record Step(int exitCode, List<String> words) {
        static Step of(String... words) {
            return new Step(0, List.of(words));
        }
    }

    /**
     * The draft commands, reading and writing, and doctor: what scripts and people run most. Every class a step loads
     * goes into the cache and is mapped by every command, so steps that load much of their own (search's Lucene,
     * render's Markdown and sanitizer) stay out: each 10 MB of cache is 10 MB more memory for every command.
     */
    private static List<Step> steps() {
        return List.of(
                Step.of("--help"),
                Step.of("--version"),
                Step.of("demo", "--json"),
                Step.of("draft", "list", "--json"),
                Step.of("draft", "list"),
                Step.of("draft", "list", "--status", "draft", "--json"),
                Step.of("draft", "show", DEMO_DRAFT, "--json"),
                Step.of("draft", "show", DEMO_DRAFT),
                Step.of("draft", "new", "--title", "Trained", "--tag", "training", "--json"),
                Step.of("draft", "edit", DEMO_DRAFT, "--title", "Five habits, edited", "--tag", "edited"),
                Step.of("draft", "plan", DEMO_DRAFT, "--on", "2026-12-01"),
                Step.of("draft", "history", DEMO_DRAFT, "--json"),
                Step.of("draft", "--help"),
                // The error path is part of many a command's run too.
                new Step(1, List.of("draft", "show", "ffffffff")),
                Step.of("doctor", "--json"));
    }
}
