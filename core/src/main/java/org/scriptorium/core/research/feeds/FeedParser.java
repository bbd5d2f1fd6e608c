package org.scriptorium.core.research.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Entities;
import org.scriptorium.core.research.fetch.Charsets;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 1.0 (through ROME) and JSON Feed 1.x into one model. Thread-safe.
 * XML with a DOCTYPE is refused before it reaches a parser: feeds do not need one, and a DOCTYPE is how
 * entity bombs and external-entity reads arrive. ROME refuses them too (its default), as a second wall.
 */
public final class FeedParser {
    private static final int SUMMARY_CHARS = 600;

    private final JsonFeedParser json = new JsonFeedParser();

    public ParsedFeed parse(byte[] body, String contentType, URI baseUrl) throws FeedFormatException {
        String text = Charsets.decode(body, contentType);
        String host = HttpFetcher.host(baseUrl);
        String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        String start = text.stripLeading();
        if (start.startsWith("{") || mediaType.endsWith("json")) {
            return json.parse(text, baseUrl);
        }
        Prolog prolog = Prolog.scan(start);
        boolean html = prolog.root().equalsIgnoreCase("html")
                || (mediaType.contains("html") && !isFeedRoot(prolog.root()));
        if (html) {
            List<URI> feeds = FeedDiscovery.alternates(text, baseUrl);
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
        return fromRome(readXml(text, host), text, baseUrl, host);
    }

    private static boolean isFeedRoot(String root) {
        String name = root.toLowerCase(Locale.ROOT);
        return name.equals("rss") || name.equals("feed") || name.endsWith("rdf");
    }

    private static SyndFeed readXml(String text, String host) throws FeedFormatException {
        try {
            return new SyndFeedInput().build(new StringReader(text));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "";
            String kind = String.valueOf(e.getMessage()).contains("DOCTYPE") ? "refused" : "broken";
            throw new FeedFormatException(kind.equals("refused") ? FailureKind.UNSAFE : FailureKind.MALFORMED,
                    "The feed from " + host + " is " + kind + " XML" + where + " and cannot be read.", e);
        } catch (FeedException e) {
            throw new FeedFormatException(FailureKind.MALFORMED,
                    "The feed from " + host + " could not be read: " + e.getMessage() + ".", e);
        } catch (IllegalArgumentException e) {
            // ROME's way of saying no parser recognises the document.
            throw new FeedFormatException(FailureKind.NOT_A_FEED,
                    "What " + host + " sent is XML but not an RSS or Atom feed.", e);
        }
    }

    private static ParsedFeed fromRome(SyndFeed feed, String text, URI baseUrl, String host) {
        URI site = Links.resolve(baseUrl, feed.getLink());
        boolean atom = String.valueOf(feed.getFeedType()).startsWith("atom");
        List<URI> atomBases = atom ? AtomBases.of(text, baseUrl) : List.of();
        // RSS has no xml:base; relative item links are relative to the site the channel names.
        URI rssBase = site != null ? site : baseUrl;
        List<FeedEntry> entries = new ArrayList<>();
        List<SyndEntry> items = feed.getEntries();
        for (int i = 0; i < items.size(); i++) {
            URI base = !atom ? rssBase : atomBases.size() == items.size() ? atomBases.get(i) : baseUrl;
            entries.add(entry(items.get(i), base));
        }
        String title = PlainText.of(feed.getTitle());
        return new ParsedFeed(title == null ? host : title, site, entries);
    }

    private static FeedEntry entry(SyndEntry entry, URI base) {
        URI link = Links.resolve(base, entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = Links.resolve(base, entry.getUri());
        }
        String guid = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip()
                : link == null ? null : link.toString();
        String contentHtml = content(entry);
        String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
        String summary = description != null ? PlainText.abbreviated(description, SUMMARY_CHARS)
                : PlainText.abbreviated(contentHtml, SUMMARY_CHARS);
        if (contentHtml == null && description != null && description.indexOf('<') >= 0) {
            contentHtml = description; // many RSS feeds put the whole article in the description
        }
        String title = PlainText.of(entry.getTitle());
        return new FeedEntry(guid, title != null ? title : fallbackTitle(summary, link), link, author(entry),
                instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                summary, contentHtml, null, null);
    }

    static String fallbackTitle(String summary, URI link) {
        if (summary != null) {
            return PlainText.abbreviated(summary, 80);
        }
        return link == null ? "(untitled)" : link.toString();
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() == null || content.getValue().isBlank()) {
                continue;
            }
            String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
            return type.contains("html") ? content.getValue() : "<p>" + Entities.escape(content.getValue()) + "</p>";
        }
        return null;
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return PlainText.of(entry.getAuthor());
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return PlainText.of(person.getName());
            }
        }
        return null;
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The top of an XML/HTML document: whether it has a DOCTYPE, and the name of its first element. */
    record Prolog(boolean hasDoctype, String root) {
        static Prolog scan(String text) {
            boolean doctype = false;
            int i = 0;
            int limit = Math.min(text.length(), 64 * 1024);
            while (i < limit) {
                int open = text.indexOf('<', i);
                if (open < 0 || open + 1 >= text.length()) {
                    break;
                }
                char next = text.charAt(open + 1);
                if (text.startsWith("<!--", open)) {
                    int end = text.indexOf("-->", open + 4);
                    i = end < 0 ? limit : end + 3;
                } else if (next == '?') {
                    int end = text.indexOf("?>", open + 2);
                    i = end < 0 ? limit : end + 2;
                } else if (next == '!') {
                    doctype |= text.regionMatches(true, open, "<!DOCTYPE", 0, 9);
                    return new Prolog(doctype, rootAfterDoctype(text, open));
                } else {
                    int end = open + 1;
                    while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                            && text.charAt(end) != '>' && text.charAt(end) != '/') {
                        end++;
                    }
                    return new Prolog(doctype, text.substring(open + 1, end));
                }
            }
            return new Prolog(doctype, "");
        }

        /** After a DOCTYPE the root is its declared name, which is enough to tell HTML from a feed. */
        private static String rootAfterDoctype(String text, int open) {
            String rest = text.substring(open + 2, Math.min(text.length(), open + 200)).strip();
            String[] words = rest.split("[\\s>\\[]+");
            return words.length > 1 ? words[1] : "";
        }
    }
}
