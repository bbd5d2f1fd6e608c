package org.scriptorium.core.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What posts did, written for a spreadsheet (CSV: one row per snapshot) or a script (JSON: one object per post with
 * its snapshots). A count the network does not give is an empty cell or null, never 0.
 */
final class AnalyticsExport {
    static final List<String> COLUMNS = List.of("post_id", "account", "network", "published_at", "taken_at", "state", "reactions",
            "comments", "shares", "quotes", "impressions", "reach", "text");

    private AnalyticsExport() {
    }

    static String write(String format, List<Analytics.PostResult> posts, Map<UUID, List<Snapshot>> snapshots, Map<UUID, Account> accounts) {
        return switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> csv(posts, snapshots, accounts);
            case "json" -> json(posts, snapshots, accounts);
            default -> throw new InvalidInput("Export as csv or json; got \"" + format + "\".");
        };
    }

    private static String csv(List<Analytics.PostResult> posts, Map<UUID, List<Snapshot>> snapshots, Map<UUID, Account> accounts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
            for (Analytics.PostResult post : posts) {
                Account account = accounts.get(post.post().accountId());
                for (Snapshot s : snapshots.getOrDefault(post.post().id(), List.of())) {
                    List<Object> row = new ArrayList<>(List.of(post.post().id().toString(), account == null ? "" : account.name(),
                            account == null ? "" : account.network().label(), post.publishedAt().toString(), s.takenAt().toString(),
                            s.state().name().toLowerCase(Locale.ROOT)));
                    for (Long count : counts(s)) {
                        row.add(count == null ? "" : count);
                    }
                    row.add(post.post().text());
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(List<Analytics.PostResult> posts, Map<UUID, List<Snapshot>> snapshots, Map<UUID, Account> accounts) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        for (Analytics.PostResult post : posts) {
            Account account = accounts.get(post.post().accountId());
            ObjectNode node = all.addObject();
            node.put("postId", post.post().id().toString());
            node.put("account", account == null ? null : account.name());
            node.put("network", account == null ? null : account.network().label());
            node.put("publishedAt", post.publishedAt().toString());
            node.put("url", post.post().url());
            node.put("text", post.post().text());
            ArrayNode list = node.putArray("snapshots");
            for (Snapshot s : snapshots.getOrDefault(post.post().id(), List.of())) {
                ObjectNode snapshot = list.addObject();
                snapshot.put("takenAt", s.takenAt().toString());
                snapshot.put("state", s.state().name().toLowerCase(Locale.ROOT));
                List<Long> counts = counts(s);
                for (int i = 0; i < counts.size(); i++) {
                    snapshot.put(List.of("reactions", "comments", "shares", "quotes", "impressions", "reach").get(i), counts.get(i));
                }
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Long> counts(Snapshot s) {
        var c = s.counts();
        return java.util.Arrays.asList(c.reactions(), c.comments(), c.shares(), c.quotes(), c.impressions(), c.reach());
    }
}
