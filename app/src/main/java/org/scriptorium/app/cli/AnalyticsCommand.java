package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.publishing.PostCounts;
import org.scriptorium.core.analytics.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code scriptorium analytics}: what published posts did, read from their networks and kept over time. */
@Command(name = "analytics", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "What published posts did: read their numbers from the networks now, and show a post's numbers over time.",
        subcommands = {AnalyticsCommand.Refresh.class, AnalyticsPostsCommand.class, AnalyticsCommand.Post.class, AnalyticsCommand.BestTimesCommand.class,
                AnalyticsCommand.Export.class})
final class AnalyticsCommand {
    private AnalyticsCommand() {
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Read the numbers of every published post (or one account's) from its network now, due or not.")
    static final class Refresh extends StudioCommand {
        @Option(names = "--account", paramLabel = "ID", description = "Only this account's posts (its id or its start).")
        String account;

        @Option(names = "--due", description = "Only the posts whose next snapshot is due, as the recurring job reads them.")
        boolean onlyDue;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            UUID accountId = account == null ? null : asUsage(() -> studio().publishing().accounts().get(account)).id();
            Analytics.Refresh done = studio().analytics().refresh(accountId, onlyDue, () -> false);
            if (json.enabled) {
                ObjectNode node = JsonOutput.object();
                node.put("measured", done.measured());
                node.put("gone", done.gone());
                node.put("unavailable", done.unavailable());
                node.put("calls", done.calls());
                var problems = node.putArray("problems");
                done.problems().forEach(problems::add);
                JsonOutput.print(out(), node);
            } else {
                out().println(done.describe().substring(0, 1).toUpperCase(Locale.ROOT) + done.describe().substring(1) + ".");
            }
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "A published post's snapshots, oldest first: its numbers as they grew.")
    static final class Post extends StudioCommand {
        @Parameters(index = "0", paramLabel = "POST_ID", description = "The post's id or its start.")
        String post;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            UUID id = PostCommand.postId(this, post);
            List<Snapshot> snapshots = studio().analytics().of(id);
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(snapshots, AnalyticsCommand::json));
                return;
            }
            if (snapshots.isEmpty()) {
                out().println("No numbers yet: the first are read an hour after the post went out (or now, with analytics refresh).");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TAKEN", "STATE", "REACTIONS", "COMMENTS", "SHARES", "QUOTES", "IMPRESSIONS"));
            snapshots.forEach(s -> rows.add(List.of(TextOutput.local(s.takenAt()), s.state().name().toLowerCase(Locale.ROOT),
                    shown(s.counts().reactions()), shown(s.counts().comments()), shown(s.counts().shares()), shown(s.counts().quotes()),
                    shown(s.counts().impressions()))));
            TextOutput.table(out(), rows, -1);
        }

        /** A count, or "–" where the network does not give it. */
        private static String shown(Long count) {
            return count == null ? "–" : String.valueOf(count);
        }
    }

    @Command(name = "best-times", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "When this account's posts do best, from its own history (weekday and hour, in its queue's zone); --apply makes them its posting slots.")
    static final class BestTimesCommand extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's id or its start.")
        String account;

        @Option(names = "--top", paramLabel = "N", description = "How many times to suggest (default 3).")
        int top = 3;

        @Option(names = "--min-posts", paramLabel = "N", description = "Posts a weekday and hour needs before it can be suggested (default 2).")
        int minPosts = 2;

        @Option(names = "--zone", paramLabel = "ZONE", description = "The zone the hours are in (default: the account's queue zone, else this computer's).")
        String zone;

        @Option(names = "--apply", description = "Make the suggested times the account's posting slots.")
        boolean apply;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            var target = asUsage(() -> studio().publishing().accounts().get(account));
            java.time.ZoneId in = zone != null ? asUsage(() -> {
                try {
                    return java.time.ZoneId.of(zone);
                } catch (java.time.DateTimeException e) {
                    throw new org.scriptorium.core.InvalidInput("Unknown time zone \"" + zone + "\"; use a name like Europe/Berlin.");
                }
            }) : studio().scheduling().slots(target.id()).map(org.scriptorium.core.scheduling.PostingSlots::zone).orElse(studio().clock().getZone());
            var result = studio().analytics().bestTimes(target.id(), in, Math.max(1, top), Math.max(1, minPosts));
            String slots = result.slots(in);
            if (apply && !slots.isEmpty()) {
                studio().scheduling().setSlots(target.id(), slots, in);
            }
            if (json.enabled) {
                ObjectNode node = JsonOutput.object();
                node.put("zone", in.getId());
                node.put("posts", result.posts());
                node.put("overallMean", Math.round(result.overallMean() * 10) / 10.0);
                node.put("slots", slots);
                node.put("applied", apply && !slots.isEmpty());
                var best = node.putArray("best");
                result.best().forEach(c -> best.add(cell(c)));
                var heatmap = node.putArray("heatmap");
                result.heatmap().forEach(c -> heatmap.add(cell(c)));
                JsonOutput.print(out(), node);
                return;
            }
            if (slots.isEmpty()) {
                out().println("Not enough measured posts yet to say (" + result.posts() + " so far); each weekday and hour needs "
                        + minPosts + " and must beat the account's average.");
                return;
            }
            out().println("Best times for " + target.name() + " (" + in.getId() + "): " + slots + (apply ? " — now its posting slots." : "."));
        }

        private static ObjectNode cell(org.scriptorium.core.analytics.BestTimes.Cell c) {
            return JsonOutput.object().put("day", c.day().name().toLowerCase(Locale.ROOT).substring(0, 3)).put("hour", c.hour())
                    .put("posts", c.posts()).put("mean", Math.round(c.mean() * 10) / 10.0).put("score", Math.round(c.score() * 10) / 10.0);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Write what posts did, every snapshot, as CSV (a row per snapshot) or JSON (an object per post).")
    static final class Export extends StudioCommand {
        @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it.")
        java.nio.file.Path out;

        @Option(names = "--from", paramLabel = "DATE", description = "Posts that went out from this day (yyyy-mm-dd, this computer's zone).")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day.")
        java.time.LocalDate to;

        @Option(names = "--account", paramLabel = "ID", description = "Only this account's posts.")
        String account;

        @Override
        void run() {
            java.time.ZoneId zone = studio().clock().getZone();
            java.time.Instant start = from == null ? java.time.Instant.EPOCH : from.atStartOfDay(zone).toInstant();
            java.time.Instant end = to == null ? studio().clock().instant() : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            UUID accountId = account == null ? null : asUsage(() -> studio().publishing().accounts().get(account)).id();
            String written = asUsage(() -> studio().analytics().export(format, start, end, accountId));
            try {
                java.nio.file.Files.writeString(out, written);
            } catch (java.io.IOException e) {
                throw new org.scriptorium.core.ScriptoriumException("Could not write " + out + " (" + e.getMessage() + ").", e);
            }
            out().println("Wrote " + out + ".");
        }
    }

    static ObjectNode json(Snapshot snapshot) {
        ObjectNode node = JsonOutput.object();
        node.put("postId", snapshot.postId().toString());
        node.put("accountId", snapshot.accountId().toString());
        node.put("takenAt", snapshot.takenAt().toString());
        node.put("state", snapshot.state().name().toLowerCase(Locale.ROOT));
        PostCounts c = snapshot.counts();
        // A count the network does not give is null: not available, never 0.
        node.put("reactions", c.reactions());
        node.put("comments", c.comments());
        node.put("shares", c.shares());
        node.put("quotes", c.quotes());
        node.put("impressions", c.impressions());
        node.put("reach", c.reach());
        if (snapshot.detail() != null) {
            node.put("detail", snapshot.detail());
        }
        return node;
    }
}
