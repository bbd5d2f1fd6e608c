package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiSourcesTest {
    private static final URI API = URI.create("https://hn.algolia.com/api/v1");

    @Test
    void hackerNewsSourcesBecomeAlgoliaQueries() {
        assertThat(HackerNewsApi.requestUrl(URI.create("https://news.ycombinator.com/"), API))
                .isEqualTo(URI.create("https://hn.algolia.com/api/v1/search?tags=front_page"));
        assertThat(HackerNewsApi.requestUrl(URI.create("https://hn.algolia.com/api/v1/search_by_date?query=rust&tags=story"),
                URI.create("http://127.0.0.1:9000/api/v1/")))
                .isEqualTo(URI.create("http://127.0.0.1:9000/api/v1/search_by_date?query=rust&tags=story"));
        assertThat(HackerNewsApi.requestUrl(URI.create("hn:rust"), API))
                .isEqualTo(URI.create("https://hn.algolia.com/api/v1/search?query=rust&tags=story"));
    }

    @Test
    void subredditAddressesBecomeJsonListingsOnTheSameHost() {
        assertThat(RedditApi.requestUrl(URI.create("https://www.reddit.com/r/java")))
                .isEqualTo(URI.create("https://www.reddit.com/r/java/.json"));
        assertThat(RedditApi.requestUrl(URI.create("https://www.reddit.com/r/java/")))
                .isEqualTo(URI.create("https://www.reddit.com/r/java/.json"));
        assertThat(RedditApi.requestUrl(URI.create("https://old.reddit.com/r/java/top?t=week")))
                .isEqualTo(URI.create("https://old.reddit.com/r/java/top/.json?t=week"));
        assertThat(RedditApi.requestUrl(URI.create("http://localhost:8123/r/java/hot")))
                .isEqualTo(URI.create("http://localhost:8123/r/java/hot/.json"));
        assertThatThrownBy(() -> RedditApi.requestUrl(URI.create("https://www.reddit.com/user/someone")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subreddit");
    }

    @Test
    void sourceKindIsGuessedFromTheAddress() {
        assertThat(SourceKind.guess(URI.create("https://news.ycombinator.com/"))).isEqualTo(SourceKind.HACKER_NEWS);
        assertThat(SourceKind.guess(URI.create("hn:java"))).isEqualTo(SourceKind.HACKER_NEWS);
        assertThat(SourceKind.guess(URI.create("https://www.reddit.com/r/java"))).isEqualTo(SourceKind.REDDIT);
        assertThat(SourceKind.guess(URI.create("https://blog.example/feed.xml"))).isEqualTo(SourceKind.FEED);
    }

    @Test
    void cliNamesRoundTripAndUnknownOnesListTheChoices() {
        for (SourceKind kind : SourceKind.values()) {
            assertThat(SourceKind.fromCliName(kind.cliName())).isEqualTo(kind);
        }
        assertThatThrownBy(() -> SourceKind.fromCliName("atom"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rss, page, hn, reddit");
    }
}
