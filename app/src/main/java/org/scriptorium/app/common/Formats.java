package org.scriptorium.app.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The one way the window writes dates, times, zones, counts and money (see docs/design.md): every format follows the
 * user's locale through CLDR's skeletons ("Fri, Dec 4, 2026, 9:32 AM" in the US, "Fr., 4. Dez. 2026, 09:32" in
 * Germany), a zone is named by its city ("Berlin", not "Europe/Berlin"), a count agrees with its noun.
 */
public final class Formats {
    private static volatile Formats current;
    private static volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeThisYear;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayHeading;
    private final DateTimeFormatter narrowDayHeading;
    private final DateTimeFormatter monthDay;
    private final DateTimeFormatter time;

    public Formats(Locale locale) {
        this.locale = locale;
        dateTime = DateTimeFormatter.ofLocalizedPattern("yMMMEdjm").withLocale(locale);
        dateTimeThisYear = DateTimeFormatter.ofLocalizedPattern("MMMEdjm").withLocale(locale);
        date = DateTimeFormatter.ofLocalizedPattern("yMMMEd").withLocale(locale);
        dayHeading = DateTimeFormatter.ofLocalizedPattern("Ed").withLocale(locale);
        narrowDayHeading = DateTimeFormatter.ofLocalizedPattern("d").withLocale(locale);
        monthDay = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        time = DateTimeFormatter.ofLocalizedPattern("jm").withLocale(locale);
    }

    /** The formats of the user's locale (the operating system's format setting). */
    public static Formats current() {
        Formats f = current;
        if (f == null || !f.locale.equals(Locale.getDefault(Locale.Category.FORMAT))) {
            f = new Formats(Locale.getDefault(Locale.Category.FORMAT));
            current = f;
        }
        return f;
    }

    /** The clock that says which year is "this year" (the window's, set once where it is composed). */
    public static void useClock(java.time.Clock windowClock) {
        clock = windowClock;
    }

    /** "Fri, Dec 4, 9:32 AM" in the zone it is given, the year written when it is not this year. */
    public String dateTime(ZonedDateTime when) {
        return dateTime(when, LocalDate.now(clock.withZone(when.getZone())));
    }

    /** A stored moment in this computer's zone (the window's clock's). */
    public String dateTime(java.time.Instant when) {
        return dateTime(when.atZone(clock.getZone()));
    }

    /** "Fri, Dec 4, 9:32 AM (Berlin)". */
    public String dateTimeWithZone(ZonedDateTime when) {
        return dateTimeWithZone(when, LocalDate.now(clock.withZone(when.getZone())));
    }

    /** "Fri, Dec 4, 2026, 9:32 AM"; the year left out when it is the year of {@code today}. */
    public String dateTime(ZonedDateTime when, LocalDate today) {
        return (when.getYear() == today.getYear() ? dateTimeThisYear : dateTime).format(when);
    }

    /** "Fri, Dec 4, 2026, 9:32 AM (Berlin)": a time the user planned in a zone, which may not be the computer's. */
    public String dateTimeWithZone(ZonedDateTime when, LocalDate today) {
        return dateTime(when, today) + " (" + zone(when.getZone()) + ")";
    }

    /** "Fri, Dec 4, 2026", always with its year. */
    public String fullDate(LocalDate day) {
        return date.format(day);
    }

    /** A day's column heading: "Mon 4" (or the locale's order). */
    public String dayHeading(LocalDate day) {
        return dayHeading.format(day);
    }

    /** A day on a chart's axis: "Jan 8" (or the locale's order). */
    public String monthDay(LocalDate day) {
        return monthDay.format(day);
    }

    /** A column heading with no room: the day of the month alone. */
    public String narrowDayHeading(LocalDate day) {
        return narrowDayHeading.format(day);
    }

    /**
     * For a date picker: shows a day in words without its weekday ("Dec 17, 2026", short enough for a narrow field),
     * reads it back from that, from {@link #fullDate} or from the locale's short form ("12/17/2026", "17.12.26"), so
     * what the user types the way they write dates is understood.
     */
    public javafx.util.StringConverter<LocalDate> dayConverter() {
        DateTimeFormatter typed = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedPattern("yMMMd").withLocale(locale);
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : shown.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : new DateTimeFormatter[] {shown, date, typed, DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (java.time.format.DateTimeParseException next) {
                        // try the next way of writing a day
                    }
                }
                throw new java.time.format.DateTimeParseException("Not a day: " + text, text, 0); // the picker keeps its day
            }
        };
    }

    /** "9:32 AM" or "09:32", as the locale writes times. */
    public String time(LocalTime at) {
        return time.format(at);
    }

    /** The zone by its city: "Berlin", "New York", "Buenos Aires"; "UTC" for UTC and its aliases. */
    public String zone(ZoneId zone) {
        String id = zone.normalized().getId();
        if (id.equals("Z") || id.equals("UTC") || id.equals("GMT") || id.startsWith("Etc/U") || id.equals("Etc/GMT")) {
            return "UTC";
        }
        int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/")) {
            return zone.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
        }
        return id.substring(slash + 1).replace('_', ' ');
    }

    /** "1 source", "3 sources", "1,204 documents". */
    public String count(long n, String singular, String plural) {
        return NumberFormat.getIntegerInstance(locale).format(n) + " " + (n == 1 ? singular : plural);
    }

    /** "1 poll", "2 polls": a noun whose plural only adds an s. */
    public String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /**
     * A cost in US dollars (what the providers charge in) written as money in the user's locale: "$0.00", "$1.25",
     * and a fraction of a cent kept to four places ("$0.0042") rather than shown as nothing.
     */
    public String money(BigDecimal dollars) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("USD"));
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal abs = dollars.abs();
        boolean tiny = abs.signum() != 0 && abs.compareTo(new BigDecimal("0.01")) < 0;
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(tiny ? 4 : 2);
        return format.format(dollars);
    }
}
