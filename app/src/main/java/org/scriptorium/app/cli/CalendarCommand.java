package org.scriptorium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@code scriptorium calendar}: the schedule as a file. */
@Command(name = "calendar", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "The schedule: day by day, or as a file.", subcommands = {CalendarAgendaCommand.class, CalendarCommand.Export.class})
final class CalendarCommand {
    private CalendarCommand() {
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Write the planned posts as iCalendar (calendar apps), CSV (spreadsheets; post import reads it back) or JSON.")
    static final class Export extends StudioCommand {
        @Option(names = "--format", required = true, paramLabel = "F", description = "ics, csv or json.")
        String format;

        @Option(names = "--from", paramLabel = "DATE", description = "From this day (yyyy-mm-dd, this computer's zone).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day.")
        LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path file;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            ZoneId here = studio().clock().getZone();
            String content = asUsage(() -> studio().scheduling().export(format, from == null ? null : from.atStartOfDay(here).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(here).toInstant()));
            try {
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".scriptorium-export", ".tmp");
                Files.writeString(temporary, content);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new org.scriptorium.core.ScriptoriumException("Could not write " + file + ": " + e.getMessage(), e);
            }
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.object().put("file", file.toAbsolutePath().toString()).put("format", format));
            } else {
                out().println("Wrote " + file + ".");
            }
        }
    }
}
