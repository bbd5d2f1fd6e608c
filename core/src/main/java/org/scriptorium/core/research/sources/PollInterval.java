package org.scriptorium.core.research.sources;

import org.scriptorium.core.InvalidInput;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A poll interval as a user writes it: {@code 15m}, {@code 2h}, {@code 1d} (a bare number is minutes). */
public final class PollInterval {
    public static final int DEFAULT_MINUTES = 60;
    private static final int MAX_MINUTES = 7 * 24 * 60;
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([mhd]?)");

    private PollInterval() {
    }

    public static int parseMinutes(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_MINUTES;
        }
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInput("An interval is a number with m, h or d, e.g. 30m, 2h or 1d; got " + text + ".");
        }
        long minutes = Long.parseLong(m.group(1)) * switch (m.group(2)) {
            case "h" -> 60;
            case "d" -> 24 * 60;
            default -> 1;
        };
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidInput("An interval must be between 1 minute and 7 days; got " + text + ".");
        }
        return (int) minutes;
    }

    public static String format(int minutes) {
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
