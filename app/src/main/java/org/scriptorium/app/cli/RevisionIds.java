package org.scriptorium.app.cli;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.drafts.DraftNotFound;
import org.scriptorium.core.drafts.RevisionSummary;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Finds one of a draft's revisions from a whole id or a unique prefix, as history prints them. */
final class RevisionIds {
    private static final int MIN_PREFIX = 6;

    private RevisionIds() {
    }

    static UUID resolve(List<RevisionSummary> revisions, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < MIN_PREFIX) {
            throw new DraftNotFound("revision", typed);
        }
        List<UUID> matches = revisions.stream().map(RevisionSummary::id)
                .filter(id -> id.toString().startsWith(wanted)).toList();
        if (matches.isEmpty()) {
            throw new DraftNotFound("revision", typed);
        }
        if (matches.size() > 1) {
            throw new InvalidInput("The revision id " + typed + " matches " + matches.size() + " revisions; give more of it.");
        }
        return matches.getFirst();
    }
}
