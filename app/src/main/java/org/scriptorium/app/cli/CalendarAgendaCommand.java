package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.PlannedDraft;
import org.scriptorium.core.scheduling.ScheduledPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code calendar agenda}: what the calendar's agenda shows, day by day: drafts on the day they are planned to be
 * published, then posts at their time in the zone asked for.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "What falls on each day: drafts planned to be published that day, and posts by time in a zone.")
final class CalendarAgendaCommand extends StudioCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-mm-dd); today by default.")
    LocalDate from;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "How many days, 1 to 366 (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone the days and times are read in (default: this computer's).")
    String zone;

    @Mixin
    JsonOption json;

    /** One line of a day: a draft (no time) or a post at its time in the zone shown. */
    private record Line(PlannedDraft draft, ScheduledPost post) {
    }

    @Override
    void run() {
        ZoneId shownIn = shownIn();
        if (days < 1 || days > 366) {
            throw usage("--days wants a number from 1 to 366; got " + days + ".");
        }
        LocalDate first = from != null ? from : LocalDate.now(studio().clock().withZone(shownIn));
        LocalDate last = first.plusDays(days - 1L);
        Map<LocalDate, List<Line>> byDay = new TreeMap<>();
        drafts().planned(first, last).forEach(d -> byDay.computeIfAbsent(d.plannedOn(), k -> new ArrayList<>()).add(new Line(d, null)));
        studio().scheduling().posts().list(first.atStartOfDay(shownIn).toInstant(), last.plusDays(1).atStartOfDay(shownIn).toInstant(), null)
                .forEach(p -> byDay.computeIfAbsent(p.scheduledAt().atZone(shownIn).toLocalDate(), k -> new ArrayList<>()).add(new Line(null, p)));
        Map<UUID, String> accounts = studio().publishing().accounts().list().stream()
                .collect(Collectors.toMap(Account::id, a -> a.network().label() + " · " + a.name()));
        if (json.enabled) {
            JsonOutput.print(out(), json(first, last, shownIn, byDay));
        } else {
            print(out(), first, last, shownIn, byDay, accounts);
        }
    }

    private ZoneId shownIn() {
        try {
            return zone == null || zone.isBlank() ? studio().clock().getZone() : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw usage("Unknown time zone \"" + zone + "\"; use a name like Europe/Berlin or America/New_York.");
        }
    }

    private static ObjectNode json(LocalDate first, LocalDate last, ZoneId shownIn, Map<LocalDate, List<Line>> byDay) {
        ObjectNode node = JsonOutput.object();
        node.put("from", first.toString());
        node.put("to", last.toString());
        node.put("zone", shownIn.getId());
        ArrayNode dayNodes = node.putArray("days");
        byDay.forEach((day, lines) -> {
            ObjectNode dayNode = dayNodes.addObject();
            dayNode.put("day", day.toString());
            ArrayNode entries = dayNode.putArray("entries");
            for (Line line : lines) {
                if (line.draft() != null) {
                    entries.addObject().put("kind", "draft").put("id", line.draft().id().toString())
                            .put("title", line.draft().title()).put("status", line.draft().status().label());
                } else {
                    ObjectNode post = PostCommand.json(line.post());
                    post.put("kind", "post");
                    post.put("time", TIME.format(line.post().scheduledAt().atZone(shownIn)));
                    entries.add(post);
                }
            }
        });
        return node;
    }

    private void print(PrintWriter out, LocalDate first, LocalDate last, ZoneId shownIn, Map<LocalDate, List<Line>> byDay,
                       Map<UUID, String> accounts) {
        out.println("Agenda from " + first + " to " + last + ", times in " + shownIn.getId());
        if (byDay.isEmpty()) {
            out.println("Nothing planned. Plan a post with `scriptorium post new`, or a draft's day with `scriptorium draft plan ID --on DATE`.");
            return;
        }
        // Ids as short as they can be while no other post or draft starts the same way.
        List<Line> all = byDay.values().stream().flatMap(List::stream).toList();
        int postIds = new ShortIds(studio().scheduling().posts().list(null, null, null).stream().map(ScheduledPost::id).toList())
                .lengthFor(all.stream().filter(l -> l.post() != null).map(l -> l.post().id()).toList());
        int draftIds = shortIds().lengthFor(all.stream().filter(l -> l.draft() != null).map(l -> l.draft().id()).toList());
        byDay.forEach((day, lines) -> {
            out.println();
            out.println(HEADING.format(day));
            List<List<String>> rows = new ArrayList<>();
            for (Line line : lines) {
                if (line.draft() != null) {
                    rows.add(List.of("  all day", "draft", TextOutput.clip(line.draft().title(), 50), ShortIds.shorten(line.draft().id(), draftIds)));
                } else {
                    ScheduledPost post = line.post();
                    rows.add(List.of("  " + TIME.format(post.scheduledAt().atZone(shownIn)), post.status().name().toLowerCase(Locale.ROOT),
                            TextOutput.clip(accounts.getOrDefault(post.accountId(), "a disconnected account") + " · " + post.text().replaceAll("\\s+", " "), 50),
                            ShortIds.shorten(post.id(), postIds)));
                }
            }
            TextOutput.table(out, rows, -1);
        });
    }
}
