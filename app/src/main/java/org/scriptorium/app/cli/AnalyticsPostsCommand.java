package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.app.analytics.WorkResults;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Analytics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code analytics posts}: what the posts that went out in a period did, post by post, or by draft or topic. */
@Command(name = "posts", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "What the posts that went out in a period did (their latest numbers), best first; --by draft, topic or network adds them up.")
final class AnalyticsPostsCommand extends StudioCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "Posts that went out from this day (yyyy-mm-dd, this computer's zone; default: 30 days ago).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day (default: today).")
    LocalDate to;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account's posts.")
    String account;

    @Option(names = "--by", paramLabel = "post|draft|topic|network", description = "post (default), draft, topic or network: each one's posts added up.")
    String by = "post";

    @Mixin
    JsonOption json;

    @Override
    void run() {
        ZoneId zone = studio().clock().getZone();
        Instant now = studio().clock().instant();
        Instant start = from == null ? now.minus(java.time.Duration.ofDays(30)) : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? now : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        if (end.isBefore(start)) {
            throw usage("--to is before --from.");
        }
        UUID accountId = account == null ? null : asUsage(() -> studio().publishing().accounts().get(account)).id();
        List<Analytics.PostResult> results = studio().analytics().results(start, end, accountId);
        switch (by) {
            case "post" -> posts(results);
            case "draft" -> work(WorkResults.byDraft(results, drafts()), "draftId", "DRAFT");
            case "topic" -> work(WorkResults.byTopic(results, research().topics()), "topicId", "TOPIC");
            case "network" -> networks(results);
            default -> throw usage("--by is post, draft, topic or network, not " + by + ".");
        }
    }

    private void posts(List<Analytics.PostResult> results) {
        List<Analytics.PostResult> best = new ArrayList<>(results);
        best.sort(java.util.Comparator.comparingLong(Analytics.PostResult::engagement).reversed().thenComparing(Analytics.PostResult::publishedAt));
        Map<UUID, Account> accounts = new HashMap<>();
        studio().publishing().accounts().list().forEach(a -> accounts.put(a.id(), a));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(best, r -> {
                ObjectNode node = JsonOutput.object();
                node.put("id", r.post().id().toString());
                node.put("accountId", r.post().accountId().toString());
                Account a = accounts.get(r.post().accountId());
                node.put("network", a == null ? null : a.network().label());
                node.put("account", a == null ? null : a.name());
                node.put("draftId", r.post().draftId() == null ? null : r.post().draftId().toString());
                node.put("publishedAt", r.publishedAt().toString());
                node.put("text", r.post().text());
                node.put("engagement", r.engagement());
                node.set("latest", r.latest() == null ? null : AnalyticsCommand.json(r.latest()));
                return node;
            }));
            return;
        }
        if (best.isEmpty()) {
            out().println("No posts went out in this period.");
            return;
        }
        List<UUID> shownIds = best.stream().map(r -> r.post().id()).toList();
        int idLength = new ShortIds(shownIds).lengthFor(shownIds);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "WENT OUT", "ACCOUNT", "ENGAGEMENT", "REACTIONS", "COMMENTS", "SHARES", "VIEWS", "TEXT"));
        for (Analytics.PostResult r : best) {
            var c = r.latest() == null ? null : r.latest().counts();
            Account a = accounts.get(r.post().accountId());
            rows.add(List.of(ShortIds.shorten(r.post().id(), idLength), TextOutput.local(r.publishedAt()),
                    a == null ? "–" : a.network().label() + " · " + a.name(), String.valueOf(r.engagement()),
                    shown(c == null ? null : c.reactions()), shown(c == null ? null : c.comments()), shown(c == null ? null : c.shares()),
                    shown(c == null ? null : c.impressions()), clip(r.post().text().replaceAll("\\s+", " "))));
        }
        TextOutput.table(out(), rows, 3);
    }

    /** Each network's posts and their engagement, most first. */
    private void networks(List<Analytics.PostResult> results) {
        Map<UUID, Account> accounts = new HashMap<>();
        studio().publishing().accounts().list().forEach(a -> accounts.put(a.id(), a));
        List<Map.Entry<String, org.scriptorium.core.analytics.ResultsByWork.Performance>> rows = new ArrayList<>(
                new java.util.TreeMap<>(org.scriptorium.core.analytics.ResultsByWork.byNetwork(results,
                        id -> accounts.containsKey(id) ? accounts.get(id).network().cliName() : "disconnected")).entrySet());
        rows.sort((x, y) -> Long.compare(y.getValue().engagement(), x.getValue().engagement()));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(rows, e -> JsonOutput.object().put("network", e.getKey()).put("posts", e.getValue().posts())
                    .put("engagement", e.getValue().engagement())));
            return;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("NETWORK", "POSTS", "ENGAGEMENT"));
        rows.forEach(e -> table.add(List.of(e.getKey(), String.valueOf(e.getValue().posts()), String.valueOf(e.getValue().engagement()))));
        TextOutput.table(out(), table, 2);
    }

    private void work(List<WorkResults.Row> rows, String idField, String heading) {
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(rows, r -> JsonOutput.object().put(idField, r.id().toString()).put("title", r.title())
                    .put("posts", r.posts()).put("engagement", r.engagement())));
            return;
        }
        if (rows.isEmpty()) {
            out().println("None of the posts of this period came from a " + heading.toLowerCase(java.util.Locale.ROOT)
                    + (heading.equals("TOPIC") ? "'s draft." : "."));
            return;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(heading, "POSTS", "ENGAGEMENT"));
        rows.forEach(r -> table.add(List.of(r.title(), String.valueOf(r.posts()), String.valueOf(r.engagement()))));
        TextOutput.table(out(), table, 2);
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static String shown(Long count) {
        return count == null ? "–" : String.valueOf(count);
    }
}
