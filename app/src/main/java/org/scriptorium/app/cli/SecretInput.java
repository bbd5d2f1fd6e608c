package org.scriptorium.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Keys, passwords and client secrets come from an environment variable or the first line of standard input,
 * never from an argument (it would land in the shell's history and the process list).
 */
final class SecretInput {
    private SecretInput() {
    }

    /** The secret from {@code variable} or stdin, or null when neither was asked for. */
    static String read(CommandSpec spec, String variable, boolean stdin, String what) {
        if (variable != null) {
            String value = ((ScriptoriumCommand) spec.root().userObject()).environment().get(variable);
            if (value == null || value.isBlank()) {
                throw new ParameterException(spec.commandLine(), "The environment variable " + variable + " is not set.");
            }
            return value.strip();
        }
        if (stdin) {
            try {
                InputStream input = ((ScriptoriumCommand) spec.root().userObject()).host().stdin();
                String line = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new ParameterException(spec.commandLine(), "No " + what + " on standard input.");
                }
                return line.strip();
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "The " + what + " could not be read from standard input: " + e.getMessage());
            }
        }
        return null;
    }
}
