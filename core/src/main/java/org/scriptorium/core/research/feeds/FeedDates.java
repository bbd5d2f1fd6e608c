package org.scriptorium.core.research.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write: W3C/ISO 8601 (RFC 3339 and its looser cousins, a space for the T, any number
 * of fractional digits, no zone meaning UTC) and the RFC 822 family (RSS pubDate with or without weekday,
 * seconds, time or zone, full month names, North American zone names, the JavaScript, asctime and Twitter
 * orders). A date that names an impossible day, hour or offset is no date: nothing is rolled over or guessed.
 */
final class FeedDates {
    private static final Pattern W3C = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,3}))?)?"
                    + "(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** Zone names feeds use in place of offsets; the one-word North American ones are how RSS 0.9x wrote them. */
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("etc/gmt", 0),
            Map.entry("wet", 0), Map.entry("west", 1), Map.entry("bst", 1),
            Map.entry("cet", 1), Map.entry("met", 1), Map.entry("cest", 2), Map.entry("mest", 2),
            Map.entry("eet", 2), Map.entry("eest", 3),
            Map.entry("ast", -4), Map.entry("adt", -3), Map.entry("at", -4),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("et", -5),
            Map.entry("cst", -6), Map.entry("cdt", -5), Map.entry("ct", -6),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("mt", -7),
            Map.entry("pst", -8), Map.entry("pdt", -7), Map.entry("pt", -8),
            Map.entry("akst", -9), Map.entry("akdt", -8), Map.entry("hst", -10));

    private FeedDates() {
    }

    /** The instant {@code raw} names, or null when it is missing or cannot be read exactly. */
    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        try {
            Matcher w3c = W3C.matcher(text);
            return w3c.matches() ? w3c(w3c) : mail(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // a month 13, an hour 25, an offset of 99 hours: no date rather than a rolled-over one
        }
    }

    private static Instant w3c(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), number(m.group(2), 1), number(m.group(3), 1));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                : time(m.group(4), m.group(5), m.group(6), m.group(7));
        return LocalDateTime.of(date, time).toInstant(offset(m.group(8)));
    }

    /** RFC 822 and the other word orders: after an optional weekday, a day, a month name and a year. */
    private static Instant mail(String text) {
        // JavaScript's Date.toString() ends with the zone's name in brackets; the offset before it says it all.
        String words = TRAILING_COMMENT.matcher(text).replaceFirst("").replace(',', ' ').strip();
        List<String> tokens = new ArrayList<>(List.of(words.split("\\s+")));
        if (!tokens.isEmpty() && isWeekday(tokens.getFirst())) {
            tokens.removeFirst();
        }
        List<Integer> numbers = new ArrayList<>();
        int month = 0;
        LocalDate slashDate = null;
        LocalTime time = null;
        ZoneOffset offset = null;
        for (String token : tokens) {
            Matcher t = TIME.matcher(token);
            Matcher slash = SLASH_DATE.matcher(token);
            if (NUMBER.matcher(token).matches()) {
                numbers.add(Integer.parseInt(token));
                if (numbers.size() == 2 && month == 0) {
                    return null; // a year before any month name: not an order anyone writes
                }
            } else if (month == 0 && monthOf(token) > 0) {
                month = monthOf(token);
            } else if (slashDate == null && slash.matches()) {
                slashDate = LocalDate.of(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)),
                        Integer.parseInt(slash.group(3)));
            } else if (time == null && t.matches()) {
                time = time(t.group(1), t.group(2), t.group(3), t.group(4));
            } else if (offset == null && (offset = zone(token)) != null) {
                continue;
            } else {
                return null; // a word or number that is not part of a date: refuse rather than guess
            }
        }
        LocalDate date;
        if (slashDate != null) {
            if (month != 0 || !numbers.isEmpty()) {
                return null;
            }
            date = slashDate;
        } else {
            if (month == 0 || numbers.size() != 2) {
                return null;
            }
            date = LocalDate.of(year(numbers.get(1)), month, numbers.get(0));
        }
        return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time)
                .toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    private static boolean isWeekday(String token) {
        String word = token.toLowerCase(Locale.ROOT).replace(".", "");
        return word.length() >= 3 && WEEKDAYS.contains(word.substring(0, 3))
                && (word.length() == 3 || word.endsWith("day") || word.equals("tues") || word.equals("thur")
                || word.equals("thurs"));
    }

    /** 1 to 12 for an English month name or its abbreviation, 0 otherwise. */
    private static int monthOf(String token) {
        String word = token.toLowerCase(Locale.ROOT).replace(".", "");
        if (word.length() < 3) {
            return 0;
        }
        int index = MONTHS.indexOf(word.substring(0, 3));
        if (index < 0) {
            return 0;
        }
        String full = java.time.Month.of(index + 1).name().toLowerCase(Locale.ROOT);
        return word.length() == 3 || full.equals(word) || word.equals("sept") ? index + 1 : 0;
    }

    /** RFC 2822's rule for two-digit years (and three-digit ones, which count from 1900). */
    private static int year(int written) {
        if (written < 50) {
            return written + 2000;
        }
        return written < 1000 ? written + 1900 : written;
    }

    private static LocalTime time(String hours, String minutes, String seconds, String fraction) {
        int second = number(seconds, 0);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalTime time = LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes), Math.min(second, 59), nanos);
        if (second == 60) {
            return time.plusSeconds(1); // a leap second, as RFC 3339 allows
        }
        if (second > 60) {
            throw new DateTimeException("second " + second);
        }
        return time;
    }

    private static ZoneOffset zone(String token) {
        Integer hours = ZONE_HOURS.get(token.toLowerCase(Locale.ROOT));
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        Matcher m = OFFSET.matcher(token);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(2));
        int min = number(m.group(3), 0);
        return m.group(1).equals("-") ? ZoneOffset.ofHoursMinutes(-h, -min) : ZoneOffset.ofHoursMinutes(h, min);
    }

    private static ZoneOffset offset(String written) {
        if (written == null) {
            return ZoneOffset.UTC; // a date without a zone is taken as UTC, as the best readers do
        }
        ZoneOffset zone = zone(written);
        if (zone == null) {
            throw new DateTimeException("offset " + written);
        }
        return zone;
    }

    private static int number(String digits, int otherwise) {
        return digits == null ? otherwise : Integer.parseInt(digits);
    }
}
