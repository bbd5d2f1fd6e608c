package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one CLI invocation: parses, opens the studio once if the command needs it, closes it, returns the exit code.
 * Exit 0 on success, 2 on bad usage, 1 on any other failure, with one line on stderr and nothing on stdout.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs against the process's stdout, stderr and environment; output is UTF-8 whatever the platform's default. */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        return execute(args, out, err, System.getenv());
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return execute(args, out, err, environment, CliHost.thisProcess());
    }

    /** Runs on {@code host}: this process, or the open window with the studio it holds (which stays open). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, CliHost host) {
        ScriptoriumCommand root = new ScriptoriumCommand(environment, host);
        ErrorReporter errors = new ErrorReporter(err);
        // Held back until the command has succeeded, so a failure half-way leaves stdout empty.
        StringWriter pending = new StringWriter();
        CommandLine commandLine = new CommandLine(root);
        commandsFor(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(new PrintWriter(pending))
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        commandLine.registerConverter(DraftStatus.class, new StatusConverter());
        commandLine.registerConverter(org.scriptorium.core.research.feeds.SourceKind.class, new SourceKindConverter());
        if (host.inWindow()) {
            // The window's process has a folder of its own: a relative path means the caller's folder.
            commandLine.registerConverter(Path.class, typed -> host.workingDirectory().resolve(typed).normalize());
        }
        LOG.info("Command line run{}: {} argument(s), command {}", host.inWindow() ? " in the window" : "", args.length, firstWord(args));
        int exitCode = commandLine.execute(args);
        try {
            root.closeStudio();
        } catch (RuntimeException e) {
            exitCode = errors.closeFailed(e);
        }
        if (exitCode == CommandLine.ExitCode.OK) {
            out.print(pending);
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    /**
     * The top-level commands these arguments need: the one they name, or all of them when they name none or one that
     * does not exist (help lists them all, and picocli suggests the nearest). Picocli builds the model of every option
     * of every command it is given, about a third of a second for all of them: most of a quick command's own work.
     */
    static List<Class<?>> commandsFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (args[i].startsWith("-")) {
                if (!args[i].startsWith("--data-dir=")) {
                    return ScriptoriumCommand.COMMANDS; // --help, --version, or an option picocli will refuse
                }
            } else {
                for (Class<?> command : ScriptoriumCommand.COMMANDS) {
                    Command named = command.getAnnotation(Command.class);
                    if (named.name().equals(args[i]) || List.of(named.aliases()).contains(args[i])) {
                        return List.of(command);
                    }
                }
                return ScriptoriumCommand.COMMANDS;
            }
        }
        return ScriptoriumCommand.COMMANDS;
    }

    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "(none)";
    }
}
