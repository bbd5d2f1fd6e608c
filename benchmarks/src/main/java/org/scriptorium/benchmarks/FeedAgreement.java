package org.scriptorium.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.scriptorium.core.research.feeds.FeedEntry;
import org.scriptorium.core.research.feeds.FeedFormatException;
import org.scriptorium.core.research.feeds.FeedParser;
import org.scriptorium.core.research.feeds.ParsedFeed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often our feed reader agrees with feedparser's public test suite: runs {@link FeedParser} on every case
 * of a {@code cases.jsonl} (the fields feedparser reads: title, link, id, summary, content, author, the date as
 * an instant) and prints the share of cases whose every check agrees. Titles and summaries are compared as the
 * text a reader sees; a summary cut with an ellipsis agrees when the expected text starts with it. A refused
 * feed counts as one with no entries. The corpus is not part of the repository: give its folder.
 *
 * <pre>java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.scriptorium.benchmarks.FeedAgreement SUITE [DIFFERENCES.txt]</pre>
 */
public final class FeedAgreement {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** feedparser's cases name the HTTP headers they are served with in their opening comment. */
    private static final Pattern CONTENT_LOCATION = Pattern.compile("Header:\\s*Content-Location:\\s*(\\S+)");

    private FeedAgreement() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FeedAgreement SUITE_FOLDER [DIFFERENCES_FILE]");
            System.exit(2);
        }
        Path suite = Path.of(args[0]);
        FeedParser parser = new FeedParser();
        int cases = 0;
        int agreeing = 0;
        Map<String, Integer> differingChecks = new TreeMap<>();
        StringBuilder differences = new StringBuilder();
        for (String line : Files.readAllLines(suite.resolve("cases.jsonl"))) {
            JsonNode test = JSON.readTree(line);
            cases++;
            ParsedFeed feed = null;
            String refused = "";
            try {
                feed = parse(parser, suite, test);
            } catch (FeedFormatException e) {
                refused = " refused: " + e.getMessage();
            }
            List<String> problems = new ArrayList<>();
            for (JsonNode check : test.get("checks")) {
                String problem = differs(feed, check);
                if (problem != null) {
                    problems.add(problem);
                    differingChecks.merge(check.get("what").asText(), 1, Integer::sum);
                }
            }
            if (problems.isEmpty()) {
                agreeing++;
            } else {
                differences.append(test.get("id").asText()).append(refused).append('\n');
                problems.forEach(p -> differences.append("    ").append(p).append('\n'));
            }
        }
        System.out.printf("feedparser cases agreeing: %d of %d (%.1f%%)%n", agreeing, cases, 100.0 * agreeing / cases);
        System.out.println("differing checks by field: " + differingChecks);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), differences);
        }
    }

    private static ParsedFeed parse(FeedParser parser, Path suite, JsonNode test) throws Exception {
        byte[] body = Files.readAllBytes(suite.resolve("corpus").resolve(test.get("file").asText()));
        String head = new String(body, 0, Math.min(body.length, 600), StandardCharsets.ISO_8859_1);
        URI url = URI.create(test.get("url").asText());
        Matcher location = CONTENT_LOCATION.matcher(head);
        URI base = location.find() ? url.resolve(location.group(1)) : url;
        String contentType = test.path("contentType").isNull() ? null : test.path("contentType").asText();
        return parser.parse(body, contentType, url, base);
    }

    /** Null when our reading agrees with the check, else what differs. */
    private static String differs(ParsedFeed feed, JsonNode check) {
        String what = check.get("what").asText();
        JsonNode expected = check.get("value");
        if (what.equals("entries.count")) {
            int count = feed == null ? 0 : feed.entries().size();
            return count == expected.asInt() ? null : "entries: " + count + " instead of " + expected.asInt();
        }
        if (feed == null) {
            return what + ": no feed";
        }
        String type = check.path("type").asText("");
        if (what.equals("feed.title")) {
            return text(what, feed.title(), expected.asText(), type, false);
        }
        int index = check.get("entry").asInt();
        if (index >= feed.entries().size()) {
            return what + ": no entry " + index;
        }
        FeedEntry entry = feed.entries().get(index);
        return switch (what) {
            case "entry.title" -> text(what, entry.title(), expected.asText(), type, false);
            case "entry.summary" -> text(what, entry.summary(), expected.asText(), type, true);
            case "entry.content" -> text(what, entry.contentHtml() == null ? null
                    : Jsoup.parseBodyFragment(entry.contentHtml()).text(), expected.asText(), type, false);
            case "entry.link" -> same(what, entry.link() == null ? null : entry.link().toString(), expected.asText());
            case "entry.id" -> same(what, entry.guid(), expected.asText());
            case "entry.author" -> same(what, entry.author(), expected.asText());
            case "entry.date" -> date(entry.published(), check);
            default -> what + ": a check this tool does not know";
        };
    }

    private static String date(Instant ours, JsonNode check) {
        JsonNode expected = check.get("value");
        Set<Long> accepted = new HashSet<>();
        if (!expected.isNull()) {
            accepted.add(expected.asLong());
        }
        check.path("alsoAccept").forEach(a -> accepted.add(a.asLong()));
        boolean agrees = ours == null ? expected.isNull() : accepted.contains(ours.getEpochSecond());
        return agrees ? null : "date: " + (ours == null ? "none" : ours) + " instead of "
                + (expected.isNull() ? "none" : Instant.ofEpochSecond(expected.asLong())) + " from \""
                + check.path("raw").asText() + "\"";
    }

    private static String text(String what, String ours, String expected, String type, boolean mayBeCut) {
        String want = tidy(type.contains("html") ? Jsoup.parseBodyFragment(expected).text() : expected);
        String got = tidy(ours);
        if (Objects.equals(got, want) || (want.isEmpty() && got == null)) {
            return null;
        }
        if (mayBeCut && got != null && got.endsWith("…") && want.startsWith(got.substring(0, got.length() - 1).strip())) {
            return null;
        }
        return what + ": «" + got + "» instead of «" + want + "»";
    }

    private static String same(String what, String ours, String expected) {
        return Objects.equals(ours, expected) ? null : what + ": «" + ours + "» instead of «" + expected + "»";
    }

    private static String tidy(String text) {
        return text == null ? null : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
