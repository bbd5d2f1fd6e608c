package org.scriptorium.core.research.demand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A trend signal from an official source: the daily page views of the Wikipedia article a phrase names (the
 * Wikimedia REST API's per-article pageviews, people only, every access), the last 30 days against the 30 before.
 * The article is the one Wikipedia's own OpenSearch puts first for the phrase.
 */
public final class PageviewsTrend {
    /** The Wikimedia REST API, where per-article page views are read. */
    public static final String WIKIMEDIA_API = "https://wikimedia.org/api/rest_v1";
    static final int WINDOW_DAYS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FetchLimits LIMITS = new FetchLimits(1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), 3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** An article's views in the last 30 days and the 30 before, and the change between them (null when there were none before). */
    public record Trend(String article, String language, long recentViews, long earlierViews) {
        public Integer changePercent() {
            return earlierViews == 0 ? null : (int) Math.round(100.0 * (recentViews - earlierViews) / earlierViews);
        }

        public String describe() {
            Integer change = changePercent();
            return article + " on Wikipedia (" + language + "): " + recentViews + " views in the last 30 days"
                    + (change == null ? "" : ", " + (change >= 0 ? "+" : "") + change + "% on the 30 before");
        }
    }

    private final HttpFetcher fetcher;
    private final Clock clock;
    private final String api;
    private final SuggestionService wikipedia;

    public PageviewsTrend(HttpFetcher fetcher, Clock clock, String api, SuggestionService wikipedia) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.api = api.replaceAll("/+$", "");
        this.wikipedia = wikipedia;
    }

    /**
     * The trend of the article Wikipedia finds first for {@code phrase} in the market's language; empty when it finds
     * none or cannot be read (the caller says the trend is unknown, never zero).
     */
    public Optional<Trend> of(String phrase, String market) {
        String language = market.contains("-") ? market.substring(market.indexOf('-') + 1) : market;
        Optional<String> article = firstArticle(phrase, market);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1); // today's views are not counted yet
        LocalDate start = end.minusDays(2L * WINDOW_DAYS - 1);
        LocalDate recentFrom = end.minusDays(WINDOW_DAYS - 1);
        URI address = URI.create(api + "/metrics/pageviews/per-article/" + language + ".wikipedia.org/all-access/user/"
                + URLEncoder.encode(article.get().replace(' ', '_'), StandardCharsets.UTF_8) + "/daily/" + DAY.format(start) + "/" + DAY.format(end));
        if (!(fetcher.fetch(FetchRequest.of(address).accepting("application/json"), LIMITS) instanceof FetchResult.Fetched views)) {
            return Optional.empty();
        }
        long recent = 0;
        long earlier = 0;
        try {
            for (JsonNode item : JSON.readTree(views.body()).path("items")) {
                String stamp = item.path("timestamp").asText("");
                if (stamp.length() < 8) {
                    continue;
                }
                LocalDate day = LocalDate.parse(stamp.substring(0, 8), DAY);
                if (day.isBefore(recentFrom)) {
                    earlier += item.path("views").asLong(0);
                } else {
                    recent += item.path("views").asLong(0);
                }
            }
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new Trend(article.get(), language, recent, earlier));
    }

    private Optional<String> firstArticle(String phrase, String market) {
        URI address = wikipedia.address(SuggestionQueries.normalise(phrase), market);
        if (!(fetcher.fetch(FetchRequest.of(address).accepting("application/json"), LIMITS) instanceof FetchResult.Fetched found)) {
            return Optional.empty();
        }
        try {
            JsonNode answer = JSON.readTree(found.body());
            JsonNode titles = answer.path(1);
            return titles.isArray() && !titles.isEmpty() && titles.get(0).isTextual() ? Optional.of(titles.get(0).asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
