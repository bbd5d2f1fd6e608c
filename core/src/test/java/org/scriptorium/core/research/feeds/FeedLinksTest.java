package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every entry gets the permalink its feed gives, however the feed gives it. */
class FeedLinksTest {
    private static final URI FETCHED_FROM = URI.create("https://cdn.example/feeds/links.xml");

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws FeedFormatException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", FETCHED_FROM);
    }

    @Test
    void atom03HonoursXmlBaseOnTheFeedTheEntryAndTheLinkItself() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:base="https://blog.example/feed/">
                  <title>Bases</title>
                  <entry xml:base="/entries/"><title>One</title><link rel="alternate" href="one.html"/></entry>
                  <entry><title>Two</title><link rel="alternate" xml:base="https://blog.example/a/b/" href="two.html"/></entry>
                  <entry><title>Three</title><link rel="alternate" href="three.html"/></entry>
                </feed>""");

        assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
                URI.create("https://blog.example/entries/one.html"),
                URI.create("https://blog.example/a/b/two.html"),
                URI.create("https://blog.example/feed/three.html"));
    }

    @Test
    void atom10LinkElementsOwnXmlBaseCounts() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/feed/"><title>B</title>
                  <id>urn:b</id><updated>2024-01-01T00:00:00Z</updated>
                  <entry><title>E</title><id>urn:b:1</id><updated>2024-01-01T00:00:00Z</updated>
                    <link rel="alternate" xml:base="/link/" href="entry.html"/></entry>
                </feed>""");

        assertThat(feed.entries().getFirst().link()).isEqualTo(URI.create("https://blog.example/link/entry.html"));
    }

    @Test
    void anEntryLinkWrittenAsElementTextIsItsLinkAndTheAlternateOneWins() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Text links</title>
                  <entry><title>A</title>
                    <link rel="enclosure" type="audio/mpeg">https://media.example/a.mp3</link>
                    <link rel="alternate" type="text/html">https://blog.example/a</link></entry>
                </feed>""");

        assertThat(feed.entries()).singleElement().extracting(FeedEntry::link).isEqualTo(URI.create("https://blog.example/a"));
    }

    @Test
    void anEntryWithoutALinkKeepsItsIdOrGuidAsPermalinkWhenThatIsAWebAddress() throws Exception {
        ParsedFeed atom = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Ids</title><id>urn:i</id><updated>2024-01-01T00:00:00Z</updated>
                  <entry><title>By id</title><id>https://blog.example/posts/7</id><updated>2024-01-01T00:00:00Z</updated></entry>
                  <entry><title>Opaque</title><id>tag:blog.example,2024:8</id><updated>2024-01-01T00:00:00Z</updated></entry>
                </feed>""");
        ParsedFeed rss = parse("""
                <rss version="2.0"><channel><title>Guids</title><link>https://blog.example/</link>
                  <item><title>By guid</title><guid isPermaLink="false">https://blog.example/posts/9</guid></item>
                </channel></rss>""");

        assertThat(atom.entries()).extracting(FeedEntry::link)
                .containsExactly(URI.create("https://blog.example/posts/7"), null);
        assertThat(atom.entries().get(1).guid()).isEqualTo("tag:blog.example,2024:8");
        assertThat(rss.entries()).singleElement().extracting(FeedEntry::link)
                .isEqualTo(URI.create("https://blog.example/posts/9"));
    }

    @Test
    void relativeLinksResolveAgainstTheBaseTheServerNamed() throws Exception {
        URI contentLocation = URI.create("https://www.example/journal/");
        String rss = """
                <rss version="2.0"><channel><title>No site link</title>
                  <item><title>Relative</title><link>posts/1</link></item>
                </channel></rss>""";

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FETCHED_FROM,
                contentLocation);

        assertThat(feed.entries().getFirst().link()).isEqualTo(URI.create("https://www.example/journal/posts/1"));
    }
}
