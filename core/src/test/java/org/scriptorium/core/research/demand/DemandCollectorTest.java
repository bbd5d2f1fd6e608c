package org.scriptorium.core.research.demand;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.fetch.HttpFetcher;
import org.scriptorium.core.store.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Demand research against a loopback server answering as DuckDuckGo's /ac/ and Wikipedia's OpenSearch do. */
class DemandCollectorTest {
    @TempDir
    Path dir;
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.parse("2027-02-01T09:00:00Z"));
    private final MockWebServer server = new MockWebServer();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger throttleAfter = new AtomicInteger(-1);
    private volatile boolean wikipediaBroken;
    private Database database;
    private DemandCollector collector;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String q = request.getUrl().queryParameter(request.getUrl().encodedPath().startsWith("/ac") ? "q" : "search");
                asked.add(request.getUrl().encodedPath() + " " + q);
                if (request.getUrl().encodedPath().startsWith("/ac")) {
                    if (throttleAfter.get() >= 0 && throttleAfter.decrementAndGet() < 0) {
                        return new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build();
                    }
                    // DuckDuckGo: a list of phrases; every query brings the same two, and questions bring a question.
                    String extra = q.startsWith("how ") ? ",{\"phrase\":\"how to keep a sourdough starter alive\"}" : "";
                    return json("[{\"phrase\":\"" + q + "\"},{\"phrase\":\"sourdough starter recipe\"}" + extra + "]");
                }
                if (wikipediaBroken) {
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html>maintenance</html>").build();
                }
                return json("[\"" + q + "\",[\"Sourdough\",\"Sourdough starter vs yeast\"],[\"\",\"\"],[\"u1\",\"u2\"]]");
            }
        });
        server.start();
        Studio.open(dir, clock).close(); // the store, migrated
        database = Database.openH2(dir, Studio.ENTITIES);
        String base = server.url("/").toString();
        collector = new DemandCollector(new HttpFetcher(new okhttp3.OkHttpClient(), clock), new SuggestionCache(database.sessions(), clock), clock,
                wait -> {
                    pauses.add(wait);
                    clock.advance(wait); // a test waits on its own clock, not the wall's
                },
                List.of(new SuggestionService("duckduckgo", base + "ac/?q={query}&kl={market}"),
                        new SuggestionService("wikipedia", base + "w/api.php?action=opensearch&format=json&search={query}&lang={language}")));
    }

    @AfterEach
    void stop() {
        database.close();
        server.close();
    }

    @Test
    void everyExpansionIsAskedOfEachServicePolitelyAndAskedAgainOnlyAfterAWeek() throws Exception {
        DemandCollector.Report report = collector.collect("Sourdough starter", "us-en", () -> false);

        int queries = SuggestionQueries.of("sourdough starter").size();
        assertThat(report.calls()).isEqualTo(2 * queries);
        assertThat(report.answers()).isEqualTo(2 * queries);
        assertThat(asked).contains("/ac/ sourdough starter z", "/w/api.php how sourdough starter");
        // At most four calls a second to the one host: every call after the first waited out the gap.
        assertThat(pauses).hasSize(2 * queries - 1).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(DemandCollector.PER_HOST_GAP));
        var others = report.groups().get(SuggestionGroups.Group.OTHERS);
        // First in every Wikipedia answer beats second in every DuckDuckGo answer; both are suggested widely.
        assertThat(others).extracting(SuggestionGroups.Suggestion::phrase).startsWith("sourdough", "sourdough starter recipe");
        assertThat(others.getFirst().demand()).isEqualTo(100);
        assertThat(others.get(1).answers()).isEqualTo(queries);
        assertThat(others.get(1).demand()).isBetween(50, 55); // second of two in 29 answers, of three in 4: (29 × 0.5 + 4 × 0.67) / 33
        assertThat(report.groups().get(SuggestionGroups.Group.QUESTIONS)).extracting(SuggestionGroups.Suggestion::phrase)
                .contains("how to keep a sourdough starter alive");
        assertThat(report.groups().get(SuggestionGroups.Group.COMPARISONS)).extracting(SuggestionGroups.Suggestion::phrase)
                .containsExactly("sourdough starter vs yeast");
        assertThat(report.problems()).isEmpty();

        asked.clear();
        DemandCollector.Report again = collector.collect("sourdough starter", "us-en", () -> false);
        assertThat(again.calls()).isZero();
        assertThat(again.fromCache()).isEqualTo(2 * queries);
        assertThat(again.groups()).isEqualTo(report.groups());
        clock.advance(Duration.ofDays(8));
        assertThat(collector.collect("sourdough starter", "us-en", () -> false).calls()).isEqualTo(2 * queries);
    }

    @Test
    void aServiceThatAsksToSlowDownOrBreaksIsLeftForThisRunAndTheOtherGoesOn() throws Exception {
        throttleAfter.set(3);
        wikipediaBroken = true;

        DemandCollector.Report report = collector.collect("sourdough starter", "de-de", () -> false);

        assertThat(asked.stream().filter(a -> a.startsWith("/ac/"))).hasSize(4); // three answers, then the 429, then nothing more
        assertThat(asked.stream().filter(a -> a.startsWith("/w/"))).hasSize(3); // three malformed answers in a row
        assertThat(report.answers()).isEqualTo(3);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("duckduckgo asked to slow down"))
                .anySatisfy(p -> assertThat(p).contains("wikipedia failed 3 times running"));
    }

    @Test
    void aBlankSeedOrAnUnknownMarketIsRefusedBeforeAnythingIsAsked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collector.collect("  ", "us-en", () -> false))
                .hasMessageContaining("Give a phrase");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collector.collect("bread", "usa", () -> false))
                .hasMessageContaining("like us-en");
        assertThat(asked).isEmpty();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
