package org.scriptorium.core.scheduling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scriptorium.core.accounts.Account;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The schedule as files other programs open: iCalendar (each post an event at its instant, in UTC, so every
 * calendar app shows it at the right time in its own zone), CSV for spreadsheets, and JSON for scripts. The CSV
 * and JSON carry the columns {@link ScheduleImport} reads back.
 */
public final class ScheduleExport {
    /** How long a post's event lasts on a calendar: long enough to be seen and clicked. */
    private static final Duration EVENT_LENGTH = Duration.ofMinutes(15);
    static final List<String> COLUMNS = List.of("id", "account", "network", "status", "at", "zone", "scheduled_at", "text", "url");

    private ScheduleExport() {
    }

    /** {@code stamp}: when the calendar file is made (each event's DTSTAMP). */
    public static String ics(List<ScheduledPost> posts, Map<UUID, Account> accounts, java.time.Instant stamp) {
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", "-//Scriptorium//Planned posts//EN").line("CALSCALE", "GREGORIAN");
        String stamped = IcsWriter.utc(stamp);
        for (ScheduledPost post : posts) {
            if (post.scheduledAt() == null) {
                continue; // a draft post has no place on a calendar
            }
            ics.line("BEGIN", "VEVENT").line("UID", post.id() + "@scriptorium").line("DTSTAMP", stamped)
                    .line("DTSTART", IcsWriter.utc(post.scheduledAt())).line("DURATION", "PT" + EVENT_LENGTH.toMinutes() + "M")
                    .text("SUMMARY", summary(post, accounts.get(post.accountId()))).text("DESCRIPTION", post.text())
                    .line("STATUS", post.status() == PostStatus.CANCELLED ? "CANCELLED" : "CONFIRMED");
            if (post.url() != null) {
                ics.line("URL", post.url());
            }
            ics.line("END", "VEVENT");
        }
        return ics.line("END", "VCALENDAR").toString();
    }

    public static String csv(List<ScheduledPost> posts, Map<UUID, Account> accounts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (ScheduledPost p : posts) {
                printer.printRecord(fields(p, accounts).values().stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String json(List<ScheduledPost> posts, Map<UUID, Account> accounts) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        for (ScheduledPost p : posts) {
            ObjectNode node = all.addObject();
            fields(p, accounts).forEach(node::put);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post's columns, in the order of {@link #COLUMNS}, as text (null where it has none): one source for CSV and JSON. */
    private static Map<String, String> fields(ScheduledPost p, Map<UUID, Account> accounts) {
        Account a = accounts.get(p.accountId());
        List<String> values = java.util.Arrays.asList(p.id().toString(), p.accountId().toString(), a == null ? null : a.network().cliName(),
                p.status().name().toLowerCase(Locale.ROOT), p.plannedLocal() == null ? null : p.plannedLocal().toLocalDateTime().toString(),
                p.zone().getId(), p.scheduledAt() == null ? null : p.scheduledAt().toString(), p.text(), p.url());
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            fields.put(COLUMNS.get(i), values.get(i));
        }
        return fields;
    }

    private static String summary(ScheduledPost post, Account account) {
        String first = post.text().strip().replaceAll("\\s+", " ");
        if (first.length() > 60) {
            first = first.substring(0, 59) + "…";
        }
        return (account == null ? "" : account.network().label() + ": ") + first;
    }
}
