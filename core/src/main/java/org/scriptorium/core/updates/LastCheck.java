package org.scriptorium.core.updates;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The last time the release feed was asked, the newest release known from the last check that worked, and why the
 * last one failed if it did. Kept in one setting as {@code at|tag|page|failure}, "-" for what is not known.
 */
public record LastCheck(Instant at, Optional<Release> latest, Optional<String> failure) {
    private static final String NONE = "-";

    public boolean failed() {
        return failure.isPresent();
    }

    String write() {
        return at + "|" + latest.map(r -> r.tag() + "|" + r.page()).orElse(NONE + "|" + NONE) + "|" + failure.orElse("");
    }

    /** Empty when nothing is stored or what is stored cannot be read (the next check then asks afresh). */
    static Optional<LastCheck> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        String[] parts = stored.split("\\|", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        try {
            Optional<Release> latest = parts[1].equals(NONE) ? Optional.empty()
                    : ReleaseVersion.parse(parts[1]).map(version -> new Release(version, parts[1], URI.create(parts[2])));
            return Optional.of(new LastCheck(Instant.parse(parts[0]), latest, parts[3].isEmpty() ? Optional.empty() : Optional.of(parts[3])));
        } catch (DateTimeParseException | IllegalArgumentException handEdited) {
            return Optional.empty();
        }
    }
}
