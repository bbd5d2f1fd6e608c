package org.scriptorium.core.research.demand;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend of a phrase's Wikipedia article, from a loopback server answering as OpenSearch and the Wikimedia pageviews API do. */
class PageviewsTrendTest {
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");
    private final MockWebServer server = new MockWebServer();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLastThirtyDaysOfTheFirstArticleAreSetAgainstTheThirtyBefore() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                paths.add(request.getUrl().encodedPath());
                if (request.getUrl().encodedPath().equals("/w/api.php")) {
                    return json("[\"sourdough starter\",[\"Sourdough starter\",\"Sourdough\"],[\"\",\"\"],[\"u1\",\"u2\"]]");
                }
                // Sixty days: 100 views a day in the first thirty, 250 a day in the last thirty.
                List<String> items = new ArrayList<>();
                LocalDate day = LocalDate.of(2027, 1, 2);
                for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
                    items.add("{\"project\":\"en.wikipedia\",\"article\":\"Sourdough_starter\",\"granularity\":\"daily\",\"timestamp\":\""
                            + day.toString().replace("-", "") + "00\",\"access\":\"all-access\",\"agent\":\"user\",\"views\":" + (i < 30 ? 100 : 250) + "}");
                }
                return json("{\"items\":[" + String.join(",", items) + "]}");
            }
        });
        server.start();

        PageviewsTrend.Trend trend = trends().of("Sourdough Starter", "us-en").orElseThrow();

        assertThat(trend.article()).isEqualTo("Sourdough starter");
        assertThat(trend.recentViews()).isEqualTo(30 * 250);
        assertThat(trend.earlierViews()).isEqualTo(30 * 100);
        assertThat(trend.changePercent()).isEqualTo(150);
        assertThat(trend.describe()).contains("Sourdough starter on Wikipedia (en)").contains("+150%");
        // Yesterday back sixty days, people only, the article's title with underscores.
        assertThat(paths).contains("/api/metrics/pageviews/per-article/en.wikipedia.org/all-access/user/Sourdough_starter/daily/20270102/20270302");
    }

    @Test
    void noArticleOrNoViewsIsAnUnknownTrendNotAZeroOne() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().encodedPath().equals("/w/api.php") ? json("[\"qwxz\",[],[],[]]")
                        : new MockResponse.Builder().code(404).body("{\"type\":\"not_found\"}").build();
            }
        });
        server.start();
        assertThat(trends().of("qwxz", "us-en")).isEmpty();
    }

    private PageviewsTrend trends() {
        return new PageviewsTrend(new HttpFetcher(new okhttp3.OkHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC),
                server.url("/api").toString(), new SuggestionService("wikipedia", server.url("/w/api.php") + "?action=opensearch&search={query}&lang={language}"));
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
