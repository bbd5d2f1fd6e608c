package org.scriptorium.core.research.feeds;

import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.research.fetch.FailureKind;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String fixture, String contentType, String base) throws FeedFormatException {
        return parser.parse(Fixtures.bytes(fixture), contentType, URI.create(base));
    }

    private FeedFormatException failure(byte[] body, String contentType) {
        return catchThrowableOfType(FeedFormatException.class,
                () -> parser.parse(body, contentType, URI.create("https://feeds.example/feed")));
    }

    @Test
    void rss091ItemsAreReadWithoutDates() throws Exception {
        ParsedFeed feed = parse("rss091.xml", "text/xml", "https://lantern.example/rss");

        assertThat(feed.title()).isEqualTo("Lantern Workshop Notes");
        assertThat(feed.entries()).extracting(FeedEntry::title)
                .containsExactly("Annealing schedules that worked this winter", "Why we switched to borosilicate");
        assertThat(feed.entries().getFirst().published()).isNull();
        assertThat(feed.entries().getFirst().guid()).isEqualTo("https://lantern.example/notes/annealing");
    }

    @Test
    void rss20TitlesArePlainTextAndRelativeLinksAbsolute() throws Exception {
        ParsedFeed feed = parse("rss20.xml", "application/rss+xml; charset=utf-8", "https://cdn.example/tidewater.xml");

        assertThat(feed.title()).isEqualTo("The Tidewater & Harbour Journal");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Eelgrass returns to the north inlet — slowly");
        assertThat(first.link()).isEqualTo(URI.create("https://tidewater.example/journal/posts/eelgrass-returns"));
        assertThat(first.guid()).isEqualTo("tidewater-2026-0007");
        assertThat(first.author()).isEqualTo("Maren Holt");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-02-02T08:30:00Z"));
        assertThat(first.summary()).isEqualTo("Three seasons after the dredging stopped, the meadow is coming back.");
        assertThat(first.contentHtml()).contains("<p>We counted shoots along four transects.</p>");

        FeedEntry second = feed.entries().get(1);
        assertThat(second.link()).isEqualTo(URI.create("https://tidewater.example/errata/tides"));
        assertThat(second.published()).isNull();
    }

    @Test
    void rss10RdfIsRead() throws Exception {
        ParsedFeed feed = parse("rss10.rdf", "application/rdf+xml", "https://orchard.example/rss");

        FeedEntry entry = feed.entries().getFirst();
        assertThat(feed.title()).isEqualTo("Orchard Almanac");
        assertThat(entry.title()).isEqualTo("Grafting season opens early");
        assertThat(entry.author()).isEqualTo("Ilse Varga");
        assertThat(entry.published()).isEqualTo(Instant.parse("2026-01-20T09:15:00Z"));
    }

    @Test
    void atomLinksHonourXmlBaseAtFeedAndEntryLevel() throws Exception {
        ParsedFeed feed = parse("atom.xml", "application/atom+xml", "https://quarry.example/feed.atom");

        assertThat(feed.title()).isEqualTo("Quarry & Kiln");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.link()).isEqualTo(URI.create("https://quarry.example/blog/entries/local-clay"));
        assertThat(first.published()).isEqualTo(Instant.parse("2026-02-09T17:45:00Z"));
        assertThat(first.author()).isEqualTo("Tomas Berg");
        assertThat(first.summary()).startsWith("Dug, sieved and fired");
        assertThat(first.contentHtml()).contains("<i>slumped</i>");
        assertThat(feed.entries().get(1).link()).isEqualTo(URI.create("https://quarry.example/archive/kiln-repair"));
        assertThat(feed.entries().get(1).published()).isEqualTo(Instant.parse("2025-11-01T08:00:00Z"));
    }

    @Test
    void jsonFeedIsDetectedByItsFirstBraceEvenWithoutJsonContentType() throws Exception {
        ParsedFeed feed = parse("feed.json", "text/plain", "https://signalpath.example/feed.json");

        assertThat(feed.title()).isEqualTo("Signal Path");
        assertThat(feed.siteUrl()).isEqualTo(URI.create("https://signalpath.example/"));
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Designing a passive filter");
        assertThat(first.author()).isEqualTo("Nadia Oyelaran");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-02-14T15:00:00Z"));
        FeedEntry second = feed.entries().get(1);
        assertThat(second.link()).isEqualTo(URI.create("https://signalpath.example/40-grounding"));
        assertThat(second.author()).isEqualTo("Guest Writer");
        assertThat(second.title()).isEqualTo("Ground loops hum at mains frequency. Break the loop, not the safety earth.");
        assertThat(second.contentHtml()).isEqualTo("<p>Ground loops hum at mains frequency.</p><p>Break the loop, not the safety earth.</p>");
    }

    @Test
    void latin1FeedWithoutOrWithWrongLabelStillReadsAccents() throws Exception {
        ParsedFeed unlabelled = parse("latin1-unlabelled.xml", null, "https://cafe.example/rss");
        ParsedFeed mislabelled = parse("latin1-unlabelled.xml", "application/xml; charset=utf-8", "https://cafe.example/rss");

        assertThat(unlabelled.title()).isEqualTo("Café du Nord");
        assertThat(mislabelled.entries().getFirst().title()).isEqualTo("Crème brûlée, revisited");
    }

    @Test
    void webPageInsteadOfFeedNamesTheFeedItAdvertises() {
        FeedFormatException e = failure(Fixtures.bytes("page-with-feed.html"), "text/html");

        assertThat(e.kind()).isEqualTo(FailureKind.NOT_A_FEED);
        assertThat(e.getMessage()).contains("web page").contains("https://feeds.example/journal/feed.xml");
        assertThat(e.advertisedFeeds()).containsExactly(URI.create("https://feeds.example/journal/feed.xml"),
                URI.create("https://tidewater.example/journal/atom.xml"));
    }

    @Test
    void malformedXmlIsReportedAsBroken() {
        FeedFormatException e = failure(Fixtures.bytes("malformed.xml"), "application/rss+xml");

        assertThat(e.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e.getMessage()).contains("feeds.example").contains("broken XML");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-private-marmalade-recipe");
        String xml = Fixtures.text("xxe.xml").replace("SECRET_FILE_URL", secret.toUri().toString());

        FeedFormatException e = failure(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        assertThat(e.kind()).isEqualTo(FailureKind.UNSAFE);
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("marmalade");
        assertThat(String.valueOf(e.getCause())).doesNotContain("marmalade");
    }

    @Test
    void romeItselfRefusesDoctypesByDefault(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-private-marmalade-recipe");
        String xml = Fixtures.text("xxe.xml").replace("SECRET_FILE_URL", secret.toUri().toString());
        SyndFeedInput input = new SyndFeedInput();

        assertThat(input.isAllowDoctypes()).isFalse();
        assertThatThrownBy(() -> input.build(new StringReader(xml)))
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("marmalade");
    }

    @Test
    void entityExpansionBombFailsFast() {
        long started = System.nanoTime();

        FeedFormatException e = failure(Fixtures.bytes("billion-laughs.xml"), "application/rss+xml");

        assertThat(e.kind()).isEqualTo(FailureKind.UNSAFE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void xmlThatIsNotAFeedAndJsonThatIsNotAJsonFeedAreNotFeeds() {
        assertThat(failure("<note><to>you</to></note>".getBytes(StandardCharsets.UTF_8), "application/xml").kind())
                .isEqualTo(FailureKind.NOT_A_FEED);
        assertThat(failure("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8), "application/json").kind())
                .isEqualTo(FailureKind.NOT_A_FEED);
        assertThat(failure("{\"version\":".getBytes(StandardCharsets.UTF_8), "application/json").kind())
                .isEqualTo(FailureKind.MALFORMED);
        assertThat(failure("<rss version=\"2.0\"></rss>".getBytes(StandardCharsets.UTF_8), "application/rss+xml").kind())
                .isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void undeclaredNamespacePrefixesAndUnknownEntitiesAreReadLeniently() throws Exception {
        String xml = """
                <rss version="2.0"><channel><title>Pods &amp; casts&hellip;</title><link>https://pods.example/</link>
                <item><title>It&rsquo;s &doesnotexist; here</title><link>https://pods.example/e?a=1&b=2</link>
                  <itunes:author>Ada Byron</itunes:author>
                  <description><![CDATA[Cats & dogs &amp; more]]></description></item>
                </channel></rss>""";

        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("https://pods.example/feed"));

        assertThat(feed.title()).isEqualTo("Pods & casts…");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("It’s &doesnotexist; here");
        assertThat(entry.link()).isEqualTo(URI.create("https://pods.example/e?a=1&b=2"));
        assertThat(entry.author()).isEqualTo("Ada Byron");
        assertThat(entry.summary()).isEqualTo("Cats & dogs & more");
    }

    @Test
    void anHtmlDoctypeBeforeAFeedIsRefusedAsADoctypeNotCalledAWebPage() {
        String xml = """
                <?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://dtd.example/">
                <rss version="2.0"><channel><title>Found</title></channel></rss>""";

        FeedFormatException e = failure(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        assertThat(e.kind()).isEqualTo(FailureKind.UNSAFE);
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("web page");
    }
}
