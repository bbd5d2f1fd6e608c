package org.scriptorium.core.research.demand;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HostPacing;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What people search for around a seed phrase, in one market: each expanded query ({@link SuggestionQueries}) asked
 * of each autocomplete service, politely (one call at a time, at most four a second to a host; a service that asks to slow down, or
 * fails three times running, is asked nothing more this run), answers cached for a week, then the suggestions
 * grouped and given their demand ({@link SuggestionGroups}).
 */
public final class DemandCollector {
    /**
     * The least time between two calls to one host: one at a time, at most four a second (autocomplete endpoints answer
     * a browser's every keystroke; Wikipedia asks API readers for serial requests, not a rate).
     */
    static final Duration PER_HOST_GAP = Duration.ofMillis(250);
    private static final int FAILURES_IN_A_ROW = 3;
    private static final FetchLimits LIMITS = new FetchLimits(512 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), 3);

    /** What a run found and what it cost. */
    public record Report(String seed, String market, Map<SuggestionGroups.Group, List<SuggestionGroups.Suggestion>> groups, int answers,
                         int calls, int fromCache, List<String> problems) {
        public int suggestions() {
            return groups.values().stream().mapToInt(List::size).sum();
        }
    }

    private final HttpFetcher fetcher;
    private final SuggestionCache cache;
    private final Clock clock;
    private final HostPacing.Pause pause;
    private final List<SuggestionService> services;

    public DemandCollector(HttpFetcher fetcher, SuggestionCache cache, Clock clock, HostPacing.Pause pause, List<SuggestionService> services) {
        this.fetcher = fetcher;
        this.cache = cache;
        this.clock = clock;
        this.pause = pause;
        this.services = List.copyOf(services);
    }

    /** Asks every service about every expansion of {@code seed} in {@code market} ("us-en"); {@code stop} cancels between calls. */
    public Report collect(String seed, String market, BooleanSupplier stop) throws InterruptedException {
        List<SuggestionQueries.Query> queries = SuggestionQueries.of(seed);
        if (queries.isEmpty()) {
            throw new InvalidInput("Give a phrase to find what people search for around it.");
        }
        String region = market == null || market.isBlank() ? "us-en" : market.strip().toLowerCase(java.util.Locale.ROOT);
        if (!region.matches("[a-z]{2}-[a-z]{2}|wt-wt")) {
            throw new InvalidInput("A market is a region and a language, like us-en, de-de or fr-fr; got \"" + market + "\".");
        }
        List<SuggestionGroups.Answer> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        HostPacing pacing = new HostPacing(clock, pause, PER_HOST_GAP);
        int calls = 0;
        int cached = 0;
        for (SuggestionService service : services) {
            int failuresInARow = 0;
            for (SuggestionQueries.Query query : queries) {
                if (stop.getAsBoolean()) {
                    problems.add("Stopped before every query was asked.");
                    return report(seed, region, answers, calls, cached, problems);
                }
                var stored = cache.fresh(service.name(), region, query.text());
                if (stored.isPresent()) {
                    answers.add(new SuggestionGroups.Answer(service.name(), query, stored.get()));
                    cached++;
                    continue;
                }
                URI address = service.address(query.text(), region);
                pacing.beforeCall(address);
                calls++;
                FetchResult result = fetcher.fetch(FetchRequest.of(address).accepting("application/json"), LIMITS);
                if (result instanceof FetchResult.Fetched fetched) {
                    try {
                        List<String> suggestions = SuggestionFormats.parse(fetched.body());
                        cache.store(service.name(), region, query.text(), suggestions);
                        answers.add(new SuggestionGroups.Answer(service.name(), query, suggestions));
                        failuresInARow = 0;
                        continue;
                    } catch (SuggestionFormats.MalformedAnswer e) {
                        problems.add(service.name() + " answered \"" + query.text() + "\" with something else than suggestions (" + e.getMessage() + ").");
                    }
                } else if (result instanceof FetchResult.Failed failed) {
                    if (failed.kind() == FailureKind.RATE_LIMITED) {
                        problems.add(service.name() + " asked to slow down" + (failed.retryAfter() == null ? "" : " until " + failed.retryAfter())
                                + "; its other queries wait for a later run.");
                        break;
                    }
                    problems.add(service.name() + ": " + failed.message());
                }
                if (++failuresInARow >= FAILURES_IN_A_ROW) {
                    problems.add(service.name() + " failed " + FAILURES_IN_A_ROW + " times running; it is asked nothing more this run.");
                    break;
                }
            }
        }
        return report(seed, region, answers, calls, cached, problems);
    }

    private static Report report(String seed, String market, List<SuggestionGroups.Answer> answers, int calls, int cached, List<String> problems) {
        return new Report(SuggestionQueries.normalise(seed), market, SuggestionGroups.of(seed, answers), answers.size(), calls, cached,
                List.copyOf(problems));
    }
}
