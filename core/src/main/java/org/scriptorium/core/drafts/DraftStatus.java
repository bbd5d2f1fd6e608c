package org.scriptorium.core.drafts;

import org.scriptorium.core.InvalidInput;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a draft is in its life, from first words to archive. */
public enum DraftStatus {
    DRAFT, READY, SCHEDULED, PUBLISHED, ARCHIVED;

    /** Accepts any casing ("ready", "Ready"); anything else is a clear input error. */
    public static DraftStatus parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (DraftStatus status : values()) {
            if (status.name().equals(wanted)) {
                return status;
            }
        }
        throw new InvalidInput("Unknown status '" + text + "'; use one of: " + names() + ".");
    }

    public static String names() {
        return Arrays.stream(values()).map(DraftStatus::label).collect(Collectors.joining(", "));
    }

    /** The lower-case word used in files, JSON and the CLI. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
