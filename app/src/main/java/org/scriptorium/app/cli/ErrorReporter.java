package org.scriptorium.app.cli;

import org.scriptorium.core.ScriptoriumException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;

/** Turns every failure into one line on stderr and an exit code; stack traces go to the log file only. */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        LOG.info("Bad usage: {}", e.getMessage());
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        report(sentence(e.getMessage()) + " See '" + command + " --help'.");
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String command = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof ScriptoriumException known) {
            if (known.getCause() != null) {
                LOG.warn("{} failed: {}", command, known.getMessage(), known);
            } else {
                LOG.info("{} refused: {}", command, known.getMessage()); // the user's input, not a fault to trace
            }
            report(known.getMessage());
        } else {
            LOG.error("{} failed unexpectedly", command, e);
            report(unexpected(e));
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    int closeFailed(RuntimeException e) {
        LOG.error("Closing the studio failed", e);
        report(e instanceof ScriptoriumException ? e.getMessage() : unexpected(e));
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String unexpected(Exception e) {
        String where = LogFile.current().map(file -> "; details are in " + file).orElse("");
        return "Unexpected error: " + e + where + ".";
    }

    private void report(String message) {
        err.println("scriptorium: " + message.replaceAll("\\s*\\R\\s*", " ").strip());
        err.flush();
    }

    private static String sentence(String message) {
        String text = message == null ? "Invalid command line" : message.strip().replaceFirst("^Error: ", "");
        return text.endsWith(".") ? text : text + ".";
    }
}
