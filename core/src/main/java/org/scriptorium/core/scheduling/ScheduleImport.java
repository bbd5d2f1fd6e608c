package org.scriptorium.core.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Bulk planning from a CSV or JSON file (the export's columns: account, at, zone, text; others are ignored). Every
 * row is checked (the account, the time, the zone, the network's rules) before anything is stored, and every
 * problem is reported with its row; one bad row means nothing is imported.
 */
public final class ScheduleImport {
    /** A row that passed every check. */
    public record Planned(Account account, PlannedTime when, String text) {
        /** The row as a post to plan: its text alone, no draft, images or first comment. */
        public SocialPosts.NewPost post() {
            return new SocialPosts.NewPost(account.id(), null, text, List.of(), null, when);
        }
    }

    private final Function<String, Account> accountByIdOrPrefix;
    private final BiFunction<Account, OutgoingPost, List<Problem>> validate;
    private final Clock clock;

    public ScheduleImport(Function<String, Account> accountByIdOrPrefix, BiFunction<Account, OutgoingPost, List<Problem>> validate, Clock clock) {
        this.accountByIdOrPrefix = accountByIdOrPrefix;
        this.validate = validate;
        this.clock = clock;
    }

    /** The rows, all checked; throws with every problem (one line per row) when any row is wrong. */
    public List<Planned> read(String content, String fileName) {
        List<Map<String, String>> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? json(content) : csv(content);
        if (rows.isEmpty()) {
            throw new InvalidInput("The file has no posts.");
        }
        List<String> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = "Row " + (i + 1) + ": ";
            try {
                Account account = accountByIdOrPrefix.apply(required(row, "account"));
                String text = required(row, "text");
                PlannedTime when = PlannedTime.parse(required(row, "at"), row.get("zone"), clock.getZone());
                if (!when.instant().isAfter(clock.instant())) {
                    throw new InvalidInput(when.instant() + " is in the past.");
                }
                List<Problem> refused = validate.apply(account, OutgoingPost.text(text));
                if (!refused.isEmpty()) {
                    throw new InvalidInput(String.join(" ", refused.stream().map(Problem::message).toList()));
                }
                planned.add(new Planned(account, when, text));
            } catch (InvalidInput e) {
                problems.add(where + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("Nothing was imported. " + String.join(" ", problems));
        }
        return planned;
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new InvalidInput("the " + column + " is missing.");
        }
        return value;
    }

    private static List<Map<String, String>> csv(String content) {
        try (CSVParser parser = CSVParser.parse(new StringReader(content), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("The file is not readable CSV (" + e.getMessage() + "); nothing was imported.");
        }
    }

    private static List<Map<String, String>> json(String content) {
        try {
            JsonNode all = new ObjectMapper().readTree(content);
            if (all == null || !all.isArray()) {
                throw new InvalidInput("The JSON file must be a list of posts; nothing was imported.");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode node : all) {
                Map<String, String> row = new java.util.HashMap<>();
                node.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new InvalidInput("The file is not readable JSON (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + "); nothing was imported.");
        }
    }
}
