package org.scriptorium.app.desktop.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real process: arguments passed as they are (nothing a shell could read into them), output thrown away. */
final class ProcessCommandRunner implements CommandRunner {
    @Override
    public int run(List<String> command, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new TimeoutException(command.getFirst() + " did not finish within " + timeout.toSeconds() + " seconds");
        }
        return process.exitValue();
    }
}
