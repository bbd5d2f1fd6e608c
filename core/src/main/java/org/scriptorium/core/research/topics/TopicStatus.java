package org.scriptorium.core.research.topics;

import org.scriptorium.core.InvalidInput;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a topic is on its way from a hunch to a published piece. */
public enum TopicStatus {
    DISCOVERED, VALIDATED, RESEARCHED, DRAFTED, PUBLISHED, ARCHIVED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static TopicStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("Unknown topic status " + text + "; use one of "
                    + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".");
        }
    }
}
