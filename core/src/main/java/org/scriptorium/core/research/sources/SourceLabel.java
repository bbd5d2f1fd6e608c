package org.scriptorium.core.research.sources;

import org.scriptorium.core.InvalidInput;

import java.util.Locale;

/**
 * The plan's classification of a source: a domain (what it is about), a market (who it is for) and a
 * language. Written as {@code domain/market/lang}, any part may be left empty ({@code tech//en}).
 */
public record SourceLabel(String domain, String market, String language) {
    public static final SourceLabel NONE = new SourceLabel(null, null, null);

    public SourceLabel {
        domain = clean(domain, 80);
        market = clean(market, 80);
        language = clean(language, 20);
    }

    public static SourceLabel parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 3) {
            throw new InvalidInput("A label is domain/market/lang, e.g. tech/developers/en; got " + text + ".");
        }
        return new SourceLabel(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
    }

    public boolean isEmpty() {
        return domain == null && market == null && language == null;
    }

    @Override
    public String toString() {
        return isEmpty() ? "" : nz(domain) + "/" + nz(market) + "/" + nz(language);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > max) {
            throw new InvalidInput("A label part may have at most " + max + " characters: " + value + ".");
        }
        return trimmed;
    }
}
