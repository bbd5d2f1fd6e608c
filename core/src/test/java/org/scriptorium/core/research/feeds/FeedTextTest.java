package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles and summaries keep the words their feed wrote, whatever markup, escaping or encoding they came in. */
class FeedTextTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(byte[] body) throws FeedFormatException {
        return parser.parse(body, "application/xml", URI.create("https://text.example/feed.xml"));
    }

    private ParsedFeed parse(String xml) throws FeedFormatException {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String rssItem(String title, String description) {
        return "<rss version=\"2.0\"><channel><title>" + title + "</title><link>https://text.example/</link>"
                + "<item><title>" + title + "</title><link>https://text.example/1</link>"
                + "<description>" + description + "</description></item></channel></rss>";
    }

    @Test
    void escapedAngleBracketsInATitleAreWordsNotMarkup() throws Exception {
        ParsedFeed feed = parse(rssItem("Vector&lt;T&gt; and the &lt;blink&gt; tag", "About generics."));

        assertThat(feed.title()).isEqualTo("Vector<T> and the <blink> tag");
        assertThat(feed.entries().getFirst().title()).isEqualTo("Vector<T> and the <blink> tag");
    }

    @Test
    void aTitleThatReallyIsHtmlIsShownAsItsText() throws Exception {
        ParsedFeed feed = parse(rssItem("Tom &amp;amp; Jerry in &lt;b&gt;colour&lt;/b&gt;", "x"));

        assertThat(feed.entries().getFirst().title()).isEqualTo("Tom & Jerry in colour");
    }

    @Test
    void atomTextConstructsAreTextAndHtmlOnesAreMarkup() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">The &lt;canvas&gt; weekly</title>
                <id>urn:w</id><updated>2021-01-01T00:00:00Z</updated>
                <entry><title type="html">Vector&amp;lt;T&amp;gt; &lt;em&gt;explained&lt;/em&gt;</title><id>urn:w:1</id>
                  <updated>2021-01-01T00:00:00Z</updated><link href="https://text.example/w/1"/>
                  <summary type="text">Why &lt;marquee&gt; and &lt;blink&gt; died</summary></entry>
                </feed>""");

        assertThat(feed.title()).isEqualTo("The <canvas> weekly");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Vector<T> explained");
        assertThat(entry.summary()).isEqualTo("Why <marquee> and <blink> died");
    }

    @Test
    void atom03ContentIsReadByItsModeNotAsRomeReSerialisesIt() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>AT&amp;T notes</title>
                <entry><title><![CDATA[Q&A]]></title><link rel="alternate" href="https://text.example/q"/>
                  <summary>Example <b>Atom</b></summary></entry>
                </feed>""");

        assertThat(feed.title()).isEqualTo("AT&T notes");
        assertThat(feed.entries().getFirst().title()).isEqualTo("Q&A");
        assertThat(feed.entries().getFirst().summary()).isEqualTo("Example Atom");
    }

    @Test
    void windows1252PunctuationWrittenAsAControlCharacterIsThePunctuationMeant() throws Exception {
        ParsedFeed feed = parse(rssItem("Don&#146;t panic", "It&#x92;s &#147;fine&#148;\u0085"));

        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Don’t panic");
        assertThat(entry.summary()).isEqualTo("It’s “fine”…");
    }

    @Test
    void utf8ThatWasDecodedAndEncodedAgainIsRepaired() throws Exception {
        // Each UTF-8 byte read as a Windows-1252 character (0x9D, which it leaves undefined, as U+009D).
        String twiceEncoded = "CafÃ© â€” â€œquotedâ€\u009D â€¦";

        ParsedFeed feed = parse(rssItem(twiceEncoded, "&#226;&#128;&#166;"));

        assertThat(feed.entries().getFirst().title()).isEqualTo("Café — “quoted” …");
        assertThat(feed.entries().getFirst().summary()).isEqualTo("…");
    }

    @Test
    void textThatMightBeMeantAsWrittenIsNotRepaired() throws Exception {
        // "Ã©" alone would decode, but "ß" is no part of any UTF-8 sequence, so nothing here is touched.
        ParsedFeed feed = parse(rssItem("Straße Ã© café", "Â£5"));

        assertThat(feed.entries().getFirst().title()).isEqualTo("Straße Ã© café");
    }

    @Test
    void utf16WithoutAByteOrderMarkAndUtf32AreDecoded() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + rssItem("Größe · 中文 · 😀", "x");

        for (String charset : new String[]{"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            ParsedFeed feed = parse(xml.getBytes(Charset.forName(charset)));
            assertThat(feed.entries().getFirst().title()).as(charset).isEqualTo("Größe · 中文 · 😀");
        }
    }
}
