package org.scriptorium.app.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/** Where the log actually goes, as the logging configuration in force says (not where it ought to go). */
final class LogFile {
    private LogFile() {
    }

    static Optional<Path> current() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        var appenders = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
                return Optional.of(Path.of(file.getFile()).toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
