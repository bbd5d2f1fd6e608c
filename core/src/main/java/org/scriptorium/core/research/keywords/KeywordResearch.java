package org.scriptorium.core.research.keywords;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.demand.DemandCollector;
import org.scriptorium.core.research.demand.PageviewsTrend;
import org.scriptorium.core.research.demand.SuggestionGroups;
import org.scriptorium.core.research.topics.SearchIntent;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.store.Ids;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Keyword research for a topic: search demand around its seed phrases ({@link DemandCollector}), each suggestion
 * given an intent, a cluster and a difficulty from the competitor pages read, kept per topic (a new run replaces the
 * last) and fed back into the topic's fields.
 */
public final class KeywordResearch {
    /** A topic's research keeps at most this many keywords, the most searched for. */
    static final int MAX_KEYWORDS = 200;
    private static final int MAX_SEEDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final TopicService topics;
    private final Supplier<DemandCollector> demand;
    private final Supplier<Optional<PageviewsTrend>> trends;
    private final Supplier<List<ArticleOutline>> competitorArticles;

    public KeywordResearch(SessionFactory sessions, Clock clock, UUID deviceId, TopicService topics, Supplier<DemandCollector> demand,
                           Supplier<Optional<PageviewsTrend>> trends, Supplier<List<ArticleOutline>> competitorArticles) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.topics = topics;
        this.demand = demand;
        this.trends = trends;
        this.competitorArticles = competitorArticles;
    }

    /**
     * Researches the topic's keywords in {@code market} from {@code seeds} (none: the topic's own phrases) and keeps
     * them. When no service answered, nothing kept changes and the failure says the network is needed.
     */
    public TopicKeywords run(UUID topicId, String market, List<String> seeds, BooleanSupplier stop) throws InterruptedException {
        TopicSummary topic = topics.get(topicId);
        List<String> asked = seeds == null || seeds.isEmpty() ? seedsOf(topic) : seeds.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (asked.isEmpty()) {
            throw new InvalidInput("\"" + topic.title() + "\" has no keywords to start from; give a seed phrase (--seed).");
        }
        DemandCollector collector = demand.get();
        Optional<PageviewsTrend> trend = trends.get();
        Map<String, Keyword> best = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int answers = 0;
        String region = market;
        KeywordDifficulty difficulty = new KeywordDifficulty(competitorArticles.get());
        for (String seed : asked) {
            DemandCollector.Report report = collector.collect(seed, market, stop);
            region = report.market();
            answers += report.answers();
            problems.addAll(report.problems());
            Integer change = report.answers() == 0 ? null : trend.flatMap(t -> t.of(seed, report.market()))
                    .map(PageviewsTrend.Trend::changePercent).orElse(null);
            for (List<SuggestionGroups.Suggestion> group : report.groups().values()) {
                for (SuggestionGroups.Suggestion s : group) {
                    Keyword known = best.get(s.phrase());
                    if (known == null || s.demand() > known.demand()) {
                        KeywordDifficulty.Measure measure = difficulty.of(s.phrase());
                        best.put(s.phrase(), new Keyword(s.phrase(), s.phrase(), kind(s.group()), SearchIntent.of(s.phrase()), s.demand(), change,
                                difficulty.known() ? measure.difficulty() : null, measure.covering(), report.seed()));
                    }
                }
            }
        }
        if (answers == 0) {
            throw new ScriptoriumException("No suggestions could be read; keyword research needs the network. " + String.join(" ", problems));
        }
        List<Keyword> kept = best.values().stream().sorted(Comparator.comparingInt(Keyword::demand).reversed()
                        .thenComparing(k -> k.difficulty() == null ? 0 : k.difficulty()).thenComparing(Keyword::phrase))
                .limit(MAX_KEYWORDS).toList();
        java.util.Set<String> seedWords = new java.util.HashSet<>();
        asked.forEach(seed -> seedWords.addAll(KeywordClusters.seedWords(seed)));
        Map<String, Integer> demandOf = new LinkedHashMap<>();
        kept.forEach(k -> demandOf.put(k.phrase(), k.demand()));
        Map<String, String> clusters = KeywordClusters.of(kept.stream().map(Keyword::phrase).toList(), seedWords, demandOf::get);
        List<Keyword> clustered = kept.stream().map(k -> new Keyword(k.phrase(), clusters.get(k.phrase()), k.kind(), k.intent(), k.demand(),
                k.trend(), k.difficulty(), k.covering(), k.seed())).toList();
        TopicKeywords result = new TopicKeywords(topicId, region, clock.instant(), asked, clustered, List.copyOf(problems));
        store(result);
        Double trending = clustered.stream().map(Keyword::trend).filter(java.util.Objects::nonNull).findFirst().map(Integer::doubleValue).orElse(null);
        topics.searched(topicId, result.mainIntent(), trending, clustered.isEmpty() ? null : clustered.getFirst().demand());
        return result;
    }

    /** The topic's last keyword research, if any. */
    public Optional<TopicKeywords> of(UUID topicId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from TopicKeywordSet k where k.topicId = :topic and k.deletedAt is null", TopicKeywordSet.class)
                .setParameter("topic", topicId).getResultList().stream().findFirst().map(KeywordResearch::read));
    }

    /** The keywords as CSV (cluster, keyword, kind, intent, demand, trend, difficulty, covering pages), for a spreadsheet. */
    public static String csv(TopicKeywords keywords) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("cluster", "keyword", "kind", "intent", "demand", "trend_percent", "difficulty", "covering_pages", "seed").build())) {
            for (Keyword k : keywords.keywords()) {
                csv.printRecord(k.cluster(), k.phrase(), k.kind(), k.intent().name().toLowerCase(Locale.ROOT), k.demand(),
                        k.trend() == null ? "" : k.trend(), k.difficulty() == null ? "" : k.difficulty(), k.covering(), k.seed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The phrases a topic is searched by: its two-word keywords first (a phrase names a need better than a word), then
     * its single words, at most three; a short title stands in when there are none.
     */
    public static List<String> seedsOf(TopicSummary topic) {
        List<String> seeds = new ArrayList<>();
        topic.keywords().stream().filter(k -> k.contains(" ")).limit(MAX_SEEDS).forEach(k -> seeds.add(k.toLowerCase(Locale.ROOT)));
        topic.keywords().stream().filter(k -> !k.contains(" ") && seeds.stream().noneMatch(s -> s.contains(k.toLowerCase(Locale.ROOT))))
                .limit(MAX_SEEDS - seeds.size()).forEach(k -> seeds.add(k.toLowerCase(Locale.ROOT)));
        if (seeds.isEmpty() && topic.title().split("\\s+").length <= 5) {
            seeds.add(topic.title().toLowerCase(Locale.ROOT));
        }
        return seeds.stream().limit(MAX_SEEDS).toList();
    }

    private void store(TopicKeywords result) {
        String json = write(result);
        sessions.inTransaction(session -> {
            List<TopicKeywordSet> rows = session.createSelectionQuery("from TopicKeywordSet k where k.topicId = :topic and k.deletedAt is null",
                    TopicKeywordSet.class).setParameter("topic", result.topicId()).getResultList();
            TopicKeywordSet row = rows.isEmpty() ? new TopicKeywordSet(Ids.newId(), result.topicId(), clock.instant(), deviceId) : rows.getFirst();
            row.replace(result.market(), json, clock.instant(), deviceId);
            if (rows.isEmpty()) {
                session.persist(row);
            }
        });
    }

    private static String kind(SuggestionGroups.Group group) {
        return switch (group) {
            case QUESTIONS -> "question";
            case COMPARISONS -> "comparison";
            case AUDIENCE -> "audience";
            case OTHERS -> "other";
        };
    }

    /** What a topic_keywords row holds as JSON: the seeds asked, the keywords found, what went wrong. */
    record Stored(List<String> seeds, List<Keyword> keywords, List<String> problems) {
    }

    private static String write(TopicKeywords result) {
        try {
            return JSON.writeValueAsString(new Stored(result.seeds(), result.keywords(), result.problems()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TopicKeywords read(TopicKeywordSet row) {
        try {
            Stored stored = JSON.readValue(row.keywordsJson(), Stored.class);
            return new TopicKeywords(row.topicId(), row.market(), row.researchedAt(), stored.seeds(), stored.keywords(), stored.problems());
        } catch (JsonProcessingException e) {
            throw new ScriptoriumException("The keyword research of this topic could not be read; run it again.", e);
        }
    }
}
