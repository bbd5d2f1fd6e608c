package org.scriptorium.core.research.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.scriptorium.core.research.fetch.Charsets;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 (through ROME, with the item XML read again for what ROME misses)
 * and JSON Feed 1.x into one model. Thread-safe. XML with a DOCTYPE is refused before it reaches a parser:
 * feeds do not need one, and a DOCTYPE is how entity bombs and external-entity reads arrive. The XML parser
 * refuses them too, as a second wall.
 */
public final class FeedParser {
    private final JsonFeedParser json = new JsonFeedParser();

    /** {@code url} is where the bytes came from; relative links are resolved against it. */
    public ParsedFeed parse(byte[] body, String contentType, URI url) throws FeedFormatException {
        return parse(body, contentType, url, url);
    }

    /**
     * @param url  where the bytes came from, named in messages
     * @param base what relative links are relative to: the server's Content-Location when it sent one
     */
    public ParsedFeed parse(byte[] body, String contentType, URI url, URI base) throws FeedFormatException {
        String text = Charsets.decode(body, contentType);
        String host = HttpFetcher.host(url);
        String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        String start = text.stripLeading();
        if (start.startsWith("{") || mediaType.endsWith("json")) {
            return json.parse(text, base, host);
        }
        Prolog prolog = Prolog.scan(start);
        boolean html = prolog.root().equalsIgnoreCase("html")
                || (mediaType.contains("html") && !isFeedRoot(prolog.root()));
        if (html) {
            List<URI> feeds = FeedDiscovery.alternates(text, url);
            String advertised = feeds.isEmpty() ? " and advertises no feed"
                    : "; it advertises the feed " + feeds.getFirst();
            throw new FeedFormatException(FailureKind.NOT_A_FEED,
                    "The address on " + host + " is a web page, not a feed" + advertised + ".", feeds, null);
        }
        if (prolog.hasDoctype()) {
            throw new FeedFormatException(FailureKind.UNSAFE, "The feed from " + host
                    + " declares a DOCTYPE, which Scriptorium refuses because it can be used to attack the reader.");
        }
        if (prolog.root().isEmpty()) {
            throw new FeedFormatException(FailureKind.NOT_A_FEED, "What " + host + " sent is not a feed.");
        }
        Document document = FeedXml.read(start, host);
        return fromRome(readRome(document, host), FeedElements.of(document), base, host);
    }

    private static boolean isFeedRoot(String root) {
        String name = root.toLowerCase(Locale.ROOT);
        return name.equals("rss") || name.equals("feed") || name.endsWith("rdf");
    }

    private static SyndFeed readRome(Document document, String host) throws FeedFormatException {
        try {
            return new SyndFeedInput().build(document);
        } catch (FeedException e) {
            throw new FeedFormatException(FailureKind.MALFORMED,
                    "The feed from " + host + " could not be read: " + e.getMessage() + ".", e);
        } catch (IllegalArgumentException e) {
            // ROME's way of saying no parser recognises the document.
            throw new FeedFormatException(FailureKind.NOT_A_FEED,
                    "What " + host + " sent is XML but not an RSS or Atom feed.", e);
        } catch (RuntimeException e) {
            // ROME fails this way on feeds missing a part it takes for granted, such as an <rss> without <channel>.
            throw new FeedFormatException(FailureKind.MALFORMED,
                    "The feed from " + host + " lacks a part every feed has and cannot be read.", e);
        }
    }

    private static ParsedFeed fromRome(SyndFeed feed, FeedElements xml, URI base, String host) {
        EntryReader.Format format = EntryReader.Format.of(feed.getFeedType());
        URI site = Links.resolve(XmlBase.of(xml.channel(), base), feed.getLink());
        // RSS has no rule for relative item links; the best guess is the site the channel names.
        EntryReader reader = new EntryReader(format, base, site != null && format == EntryReader.Format.RSS ? site : base);
        List<SyndEntry> items = feed.getEntries();
        boolean aligned = xml.alignsWith(items.size());
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(reader.read(items.get(i), aligned ? xml.items().get(i) : null));
        }
        ItemElement channel = new ItemElement(xml.channel());
        String title = EntryReader.shown(feed.getTitleEx(), format, channel, "title", false);
        title = MisreadText.mend(title != null ? title : channel.title());
        return new ParsedFeed(title == null ? host : title, site, entries);
    }

    static String fallbackTitle(String summary, URI link) {
        if (summary != null) {
            return PlainText.cut(summary, 80);
        }
        return link == null ? "(untitled)" : link.toString();
    }
}
