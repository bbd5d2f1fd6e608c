package org.scriptorium.core.store;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads an id as a user types it: whole, or a unique prefix of at least six characters. */
public final class IdPrefix {
    public static final int MIN_LENGTH = 6;

    private IdPrefix() {
    }

    public static UUID resolve(String text, String noun, Supplier<List<UUID>> ids,
                               Function<String, ? extends ScriptoriumException> notFound) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            return UUID.fromString(wanted);
        } catch (IllegalArgumentException notWhole) {
            if (wanted.length() < MIN_LENGTH) {
                throw notFound.apply(text);
            }
            List<UUID> matches = ids.get().stream().filter(id -> id.toString().startsWith(wanted)).toList();
            if (matches.size() == 1) {
                return matches.getFirst();
            }
            if (matches.isEmpty()) {
                throw notFound.apply(text);
            }
            throw new InvalidInput("The id " + text + " matches " + matches.size() + " " + noun + "; give more of it.");
        }
    }
}
