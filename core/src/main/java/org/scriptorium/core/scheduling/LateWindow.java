package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catch-up window as a user writes it: "2h", "90m", "1d", "1h30m". */
public final class LateWindow {
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([dhm])");

    private LateWindow() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            });
            end = m.end();
            while (end < t.length() && t.charAt(end) == ' ') {
                end++;
            }
        }
        if (end == 0 || end != t.length()) {
            throw new InvalidInput("Write how late like 2h, 90m, 1d or 1h30m; got \"" + (text == null ? "" : text) + "\".");
        }
        return total;
    }

    /** "2h", "1h30m", "45m". */
    public static String format(Duration late) {
        if (late.isZero()) {
            return "0";
        }
        long days = late.toDays();
        int hours = late.toHoursPart();
        int minutes = late.toMinutesPart();
        return (days > 0 ? days + "d" : "") + (hours > 0 ? hours + "h" : "") + (minutes > 0 ? minutes + "m" : "");
    }
}
