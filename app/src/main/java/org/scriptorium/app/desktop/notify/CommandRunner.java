package org.scriptorium.app.desktop.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Runs a program with its arguments, no shell in between; tests record what would have run. */
public interface CommandRunner {
    /** Runs {@code command} (the program, then its arguments) and waits at most {@code timeout}; returns its exit code. */
    int run(List<String> command, Duration timeout) throws IOException, InterruptedException, TimeoutException;
}
