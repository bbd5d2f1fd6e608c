package org.scriptorium.core.research.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCanonicalizerTest {

    private static URI canonical(String url) {
        return UrlCanonicalizer.canonical(URI.create(url));
    }

    @Test
    void spellingsOfTheSameArticleBecomeOne() {
        URI expected = URI.create("https://example.org/post?id=7&page=2");

        assertThat(canonical("HTTPS://Example.ORG:443/post?page=2&utm_source=x&id=7&fbclid=abc#comments"))
                .isEqualTo(expected);
        assertThat(canonical("https://example.org/post?id=7&gclid=1&page=2&ref=hn&utm_campaign=spring"))
                .isEqualTo(expected);
    }

    @Test
    void emptyPathBecomesSlashAndOnlyDefaultPortsAreDropped() {
        assertThat(canonical("http://example.org")).isEqualTo(URI.create("http://example.org/"));
        assertThat(canonical("http://example.org:80?utm_medium=a")).isEqualTo(URI.create("http://example.org/"));
        assertThat(canonical("http://example.org:8080/a")).isEqualTo(URI.create("http://example.org:8080/a"));
    }

    @Test
    void pathCaseAndEncodedCharactersArePreserved() {
        assertThat(canonical("https://example.org/Docs/A%20B?q=C%26D"))
                .isEqualTo(URI.create("https://example.org/Docs/A%20B?q=C%26D"));
    }
}
