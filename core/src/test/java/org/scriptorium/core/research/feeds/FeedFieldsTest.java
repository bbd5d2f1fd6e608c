package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles, summaries and authors come from whichever vocabulary the feed used for them. */
class FeedFieldsTest {
    private static final String NAMESPACES = "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"";

    private static FeedEntry item(String elements) throws FeedFormatException {
        String rss = "<rss version=\"2.0\" " + NAMESPACES + "><channel><title>Fields</title><link>https://fields.example/</link>"
                + "<item><link>https://fields.example/1</link>" + elements + "</item></channel></rss>";
        ParsedFeed feed = new FeedParser().parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                URI.create("https://fields.example/feed.xml"));
        return feed.entries().getFirst();
    }

    @Test
    void titlesComeFromDublinCoreAndMediaRss() throws Exception {
        assertThat(item("<dc:title>From Dublin Core</dc:title>").title()).isEqualTo("From Dublin Core");
        assertThat(item("<media:title>From Media RSS</media:title>").title()).isEqualTo("From Media RSS");
        assertThat(item("<media:group><media:title>From a group</media:title></media:group>").title())
                .isEqualTo("From a group");
    }

    @Test
    void summariesComeFromMediaGroupsItunesDublinCoreAndXhtmlBodies() throws Exception {
        assertThat(item("""
                <title>Video</title><media:group><media:title>Video</media:title>
                <media:description>What the video shows.</media:description></media:group>""").summary())
                .isEqualTo("What the video shows.");
        assertThat(item("<title>Episode</title><itunes:summary>What the episode is about.</itunes:summary>").summary())
                .isEqualTo("What the episode is about.");
        assertThat(item("<title>Note</title><dc:description>Described in Dublin Core.</dc:description>").summary())
                .isEqualTo("Described in Dublin Core.");
        FeedEntry body = item("<title>Body</title><xhtml:body><xhtml:p>The whole <xhtml:b>article</xhtml:b>.</xhtml:p></xhtml:body>");
        assertThat(body.summary()).isEqualTo("The whole article.");
        assertThat(body.contentHtml()).isEqualTo("<p>The whole <b>article</b>.</p>");
    }

    @Test
    void authorsComeFromItunesAndDublinCoreAndShowTheNameNotTheAddress() throws Exception {
        assertThat(item("<title>A</title><itunes:author>Ada Byron</itunes:author>").author()).isEqualTo("Ada Byron");
        assertThat(item("<title>A</title><dc:author>Ada Byron</dc:author>").author()).isEqualTo("Ada Byron");
        assertThat(item("<title>A</title><author>ada@fields.example (Ada Byron)</author>").author()).isEqualTo("Ada Byron");
        assertThat(item("<title>A</title><author>Ada Byron (ada@fields.example)</author>").author()).isEqualTo("Ada Byron");
        assertThat(item("<title>A</title><author>ada@fields.example</author>").author()).isEqualTo("ada@fields.example");
    }
}
