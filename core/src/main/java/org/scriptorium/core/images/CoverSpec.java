package org.scriptorium.core.images;

import org.scriptorium.core.InvalidInput;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;

/**
 * What an offline cover card shows: a title, an optional subtitle and footer (the site name), in brand colours
 * over a background pattern. The renderer may swap the text colour when it would be hard to read.
 */
public record CoverSpec(String title, String subtitle, Color background, Color accent, Color text, Pattern pattern,
                        String footer) {
    public enum Pattern { GRADIENT, DOTS, STRIPES, WAVES, PLAIN }

    public CoverSpec {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("A cover needs a title.");
        }
        title = title.strip();
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle.strip();
        footer = footer == null || footer.isBlank() ? null : footer.strip();
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(text, "text");
        pattern = pattern == null ? Pattern.PLAIN : pattern;
    }

    /** A pleasant card for this title: the palette is chosen from the title, so the same title looks the same. */
    public static CoverSpec defaults(String title, String subtitle) {
        return withPalette(title, subtitle, CoverPalette.forSeed(title == null ? 0 : title.strip().hashCode()));
    }

    public static CoverSpec withPalette(String title, String subtitle, CoverPalette palette) {
        return new CoverSpec(title, subtitle, palette.background(), palette.accent(), palette.text(), palette.pattern(), null);
    }

    public CoverSpec withFooter(String footer) {
        return new CoverSpec(title, subtitle, background, accent, text, pattern, footer);
    }

    public CoverSpec withPattern(Pattern pattern) {
        return new CoverSpec(title, subtitle, background, accent, text, pattern, footer);
    }

    /** Brand colours as hex ({@code #1b2a41} or {@code 1B2A41}). */
    public CoverSpec withColours(String background, String accent, String text) {
        return new CoverSpec(title, subtitle, hex(background), hex(accent), hex(text), pattern, footer);
    }

    public static Color hex(String value) {
        String digits = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        digits = digits.startsWith("#") ? digits.substring(1) : digits;
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        if (!digits.matches("[0-9a-f]{6}")) {
            throw new InvalidInput("A colour is written as hex, like #1B2A41; got " + value + ".");
        }
        return new Color(Integer.parseInt(digits, 16));
    }
}
