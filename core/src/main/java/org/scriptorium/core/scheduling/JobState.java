package org.scriptorium.core.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How a recurring job's state is kept in one setting: {@code lastRun|nextDue|outcome}, "-" for a run not yet made. */
final class JobState {
    private static final String NEVER = "-";

    private JobState() {
    }

    static String write(RecurringJobs.Status status) {
        return (status.lastRun() == null ? NEVER : status.lastRun().toString()) + "|" + status.nextDue() + "|"
                + (status.lastOutcome() == null ? "" : status.lastOutcome());
    }

    /** Empty when nothing is stored, or what is stored cannot be read (the job then starts afresh). */
    static Optional<RecurringJobs.Status> read(String name, Duration interval, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split("\\|", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            Instant lastRun = parts[0].equals(NEVER) ? null : Instant.parse(parts[0]);
            String outcome = parts.length < 3 || parts[2].isEmpty() ? null : parts[2];
            return Optional.of(new RecurringJobs.Status(name, interval, lastRun, Instant.parse(parts[1]), outcome));
        } catch (DateTimeParseException handEdited) {
            return Optional.empty();
        }
    }
}
