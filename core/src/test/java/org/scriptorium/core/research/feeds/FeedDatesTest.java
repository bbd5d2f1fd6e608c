package org.scriptorium.core.research.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2003-12-31T10:14:55Z                 | 2003-12-31T10:14:55Z
            2007-04-23T23:25:47.538+10:00        | 2007-04-23T13:25:47.538Z
            2003-12-31T10:14:55.1234Z            | 2003-12-31T10:14:55.1234Z
            2023-05-01T12:34:56.123456Z          | 2023-05-01T12:34:56.123456Z
            2023-05-01T12:34:56.1234567+02:00    | 2023-05-01T10:34:56.1234567Z
            2023-05-01T12:34:56.123456789Z       | 2023-05-01T12:34:56.123456789Z
            2004-07-08 23:56:58                  | 2004-07-08T23:56:58Z
            2004-07-08 23:56:58.0                | 2004-07-08T23:56:58Z
            2004-07-08 23:56:58 -00:20           | 2004-07-09T00:16:58Z
            2003-12-31                           | 2003-12-31T00:00:00Z
            2003-12                              | 2003-12-01T00:00:00Z
            Thu, 01 Jan 2004 19:48:21 GMT        | 2004-01-01T19:48:21Z
            Thu, 01 Jan 04 19:48:21 GMT          | 2004-01-01T19:48:21Z
            'Thu,  5 Apr 2012 10:00:00 GMT'      | 2012-04-05T10:00:00Z
            Thu, 01 Jan 2004 00:00 GMT           | 2004-01-01T00:00:00Z
            Thu, 01 Jan 2004                     | 2004-01-01T00:00:00Z
            Fri,24 Nov 2023 18:28:36 -0000       | 2023-11-24T18:28:36Z
            'Mon, 13 Feb, 2012 06:28:00 UTC'     | 2012-02-13T06:28:00Z
            Wed, 19 Feb 2012 22:40:00 -01:01     | 2012-02-19T23:41:00Z
            Wed, 19 Feb 2012 22:40:00 GMT-01:01  | 2012-02-19T23:41:00Z
            Wed, 19 Aug 2009 18:28:00 Etc/GMT    | 2009-08-19T18:28:00Z
            Mon, 26 January 2004 16:31:00 ET     | 2004-01-26T21:31:00Z
            Mon, 26 January 2004 16:31:00 PT     | 2004-01-27T00:31:00Z
            Mon, 26 January 2004 16:31:00 EDT    | 2004-01-26T20:31:00Z
            Thu, 30 Apr 2015 08:57:00 MEST       | 2015-04-30T06:57:00Z
            Thu Aug 30 2012 17:26:16 +0200       | 2012-08-30T15:26:16Z
            Thu Aug 30 2012 17:26:16 GMT+0200 (Central European Summer Time) | 2012-08-30T15:26:16Z
            Sun Jan  4 16:29:06 2004             | 2004-01-04T16:29:06Z
            Sun Jul 15 01:16:00 +0000 2012       | 2012-07-15T01:16:00Z
            Fri, 2006/09/15 08:19:53 EDT         | 2006-09-15T12:19:53Z
            """)
    void datesAreReadAsTheInstantTheyName(String written, String instant) {
        assertThat(FeedDates.parse(written)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Sun, 99 Jun 2009 12:00:00 GMT", "22013", "013", "2003-12-31T25:14:55Z", "2003-12-31T10:61:55Z",
            "2003-13-01", "2013-01-27-01", "2013-01-28T11:30:00-06:00Textra", "9999-12-31T23:59:59-99:99",
            "Sun, 31 Dec 9999 23:59:59 -9999", "Sun, 16 Dec 2012 1:2:3:4 GMT", "Sun, 16 zzz 2012 11:47:32 GMT",
            "Sun, 16 Dec 2012 11:47:32 +zz:00", "Sun, Dec x 2012 11:47:32 GMT", "yesterday", "  "})
    void anImpossibleOrUnreadableDateIsNoDate(String written) {
        assertThat(FeedDates.parse(written)).isNull();
    }

    private static FeedEntry onlyEntry(String xml) throws FeedFormatException {
        ParsedFeed feed = new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
                URI.create("https://dates.example/feed.xml"));
        assertThat(feed.entries()).hasSize(1);
        return feed.entries().getFirst();
    }

    @Test
    void dublinCoreTermsDatesAreRead() throws Exception {
        String rss = """
                <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>T</title>
                <item><title>Issued</title><link>https://dates.example/1</link>
                  <dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued></item>
                </channel></rss>""";

        assertThat(onlyEntry(rss).published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
        assertThat(onlyEntry(rss.replace("issued", "modified")).published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
    }

    @Test
    void ofRepeatedDateElementsTheLastCounts() throws Exception {
        FeedEntry entry = onlyEntry("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title>
                <entry><title>Twice</title><link rel="alternate" href="https://dates.example/2"/>
                  <issued>Thu, 01 Jan 2004 19:48:21 GMT</issued>
                  <issued>Sat, 01 Jan 2010 19:48:21 GMT</issued>
                </entry></feed>""");

        assertThat(entry.published()).isEqualTo(Instant.parse("2010-01-01T19:48:21Z"));
    }

    @Test
    void anItemWhoseDateCannotBeReadKeepsNoDateRatherThanARolledOverOne() throws Exception {
        FeedEntry entry = onlyEntry("""
                <rss version="2.0"><channel><title>T</title>
                <item><title>Day 99</title><link>https://dates.example/3</link>
                  <pubDate>Sun, 99 Jun 2009 12:00:00 GMT</pubDate></item>
                </channel></rss>""");

        assertThat(entry.published()).isNull();
    }

    @Test
    void anAtomEntryPrefersItsPublishedDateToItsUpdatedOne() throws Exception {
        FeedEntry entry = onlyEntry("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>
                <entry><title>Both</title><id>urn:t:1</id><link href="https://dates.example/4"/>
                  <updated>2024-03-05T08:00:00Z</updated><published>2024-03-01T08:00:00.5-05:00</published></entry>
                </feed>""");

        assertThat(entry.published()).isEqualTo(Instant.parse("2024-03-01T13:00:00.5Z"));
    }
}
