package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftSummary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Ids shortened to what a user types back: the first 8 characters, or more when needed to stay unique.
 * Ids are UUIDv7, whose first 8 characters change only about once a minute, so a fixed cut would collide.
 */
final class ShortIds {
    static final int MIN_LENGTH = 8;

    private final List<String> sorted;

    ShortIds(Collection<UUID> all) {
        this.sorted = all.stream().map(UUID::toString).distinct().sorted().toList();
    }

    /** Against every draft a prefix could match, trash included, as {@link DraftService#resolveId} sees them. */
    static ShortIds ofAllDrafts(DraftService drafts) {
        List<UUID> ids = new ArrayList<>();
        drafts.list(DraftFilter.ALL).stream().map(DraftSummary::id).forEach(ids::add);
        drafts.list(DraftFilter.TRASH).stream().map(DraftSummary::id).forEach(ids::add);
        return new ShortIds(ids);
    }

    /** One length for all the ids shown together, so a column lines up and each entry stays unique. */
    int lengthFor(Collection<UUID> shown) {
        return shown.stream().mapToInt(this::uniqueLength).max().orElse(MIN_LENGTH);
    }

    static String shorten(UUID id, int length) {
        return id.toString().substring(0, length);
    }

    private int uniqueLength(UUID id) {
        String text = id.toString();
        int at = Collections.binarySearch(sorted, text);
        int before = at >= 0 ? at - 1 : -at - 2;
        int after = at >= 0 ? at + 1 : -at - 1;
        int shared = 0;
        if (before >= 0) {
            shared = Math.max(shared, commonPrefix(sorted.get(before), text));
        }
        if (after < sorted.size()) {
            shared = Math.max(shared, commonPrefix(sorted.get(after), text));
        }
        return Math.min(Math.max(MIN_LENGTH, shared + 1), text.length());
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
