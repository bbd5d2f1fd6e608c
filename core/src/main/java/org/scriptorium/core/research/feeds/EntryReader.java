package org.scriptorium.core.research.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import org.jdom2.Element;
import org.jsoup.nodes.Entities;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * One {@link FeedEntry} from ROME's reading of an item and the item's own XML, for what ROME misses or gets
 * wrong. Every value is one the feed wrote; what it does not say stays empty (a date stays unknown).
 */
final class EntryReader {
    private static final int SUMMARY_CHARS = 600;

    /** The family of a feed, as ROME names it in {@code feedType} ({@code rss_2.0}, {@code atom_0.3}, …). */
    enum Format {
        RSS, ATOM_03, ATOM;

        static Format of(String feedType) {
            String type = String.valueOf(feedType);
            return type.equals("atom_0.3") ? ATOM_03 : type.startsWith("atom") ? ATOM : RSS;
        }
    }

    private final Format format;
    private final URI documentBase;
    private final URI rssBase;

    /**
     * @param documentBase the document's own address (its Content-Location, else where it was fetched)
     * @param rssBase      what relative RSS links are relative to: the site the channel names, else the document
     */
    EntryReader(Format format, URI documentBase, URI rssBase) {
        this.format = format;
        this.documentBase = documentBase;
        this.rssBase = rssBase;
    }

    /** {@code element} is null when the item's XML could not be matched to ROME's entry. */
    FeedEntry read(SyndEntry entry, Element element) {
        ItemElement xml = element == null ? null : new ItemElement(element);
        URI link = link(entry, xml);
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : null;
        if (link == null && id != null && isWebAddress(id)) {
            link = Links.resolve(documentBase, id); // an id or guid that is a web address is the permalink
        }
        String guid = id != null ? id : link == null ? null : link.toString();

        String contentHtml = MisreadText.mend(content(entry, xml));
        String summary = summary(entry, xml, contentHtml);
        SyndContent description = entry.getDescription();
        if (contentHtml == null && description != null && description.getValue() != null
                && description.getValue().indexOf('<') >= 0 && isHtml(description.getType())) {
            contentHtml = MisreadText.mend(description.getValue()); // many RSS feeds put the article in the description
        }
        String title = MisreadText.mend(title(entry, xml));
        Instant published = xml == null ? null : xml.published();
        return new FeedEntry(guid, title != null ? title : FeedParser.fallbackTitle(summary, link), link,
                MisreadText.mend(author(entry, xml)), published, summary, contentHtml, null, null);
    }

    private URI link(SyndEntry entry, ItemElement xml) {
        if (format != Format.RSS && xml != null) {
            return xml.atomLink(documentBase);
        }
        URI base = xml == null ? rssBase : xml.base(rssBase);
        return Links.resolve(base, entry.getLink());
    }

    private String title(SyndEntry entry, ItemElement xml) {
        String text = shown(entry.getTitleEx(), format, xml, "title", false);
        return text != null || xml == null ? text : xml.title();
    }

    private String summary(SyndEntry entry, ItemElement xml, String contentHtml) {
        String summary = MisreadText.mend(PlainText.cut(shown(entry.getDescription(), format, xml, "summary", true),
                SUMMARY_CHARS));
        if (summary == null && xml != null) {
            summary = MisreadText.mend(PlainText.cut(xml.summary(), SUMMARY_CHARS));
        }
        return summary != null ? summary : PlainText.abbreviated(contentHtml, SUMMARY_CHARS);
    }

    /**
     * A title or summary as a reader sees it. Without a type (RSS), a description is HTML by custom and a
     * title only when it looks like HTML. Atom 0.3 constructs are read from the XML (see
     * {@link ItemElement#atom03Text}), since ROME loses the mode that says how to read its value.
     */
    static String shown(SyndContent construct, Format format, ItemElement xml, String atom03Name, boolean untypedIsHtml) {
        if (construct == null || construct.getValue() == null) {
            return null;
        }
        if (format == Format.ATOM_03 && xml != null) {
            return xml.atom03Text(atom03Name);
        }
        String type = construct.getType();
        boolean untyped = type == null || type.isBlank();
        return PlainText.ofType(construct.getValue(), untyped && untypedIsHtml ? "html" : type);
    }

    /** RSS descriptions carry no type and are HTML by custom; Atom says {@code text} when it means text. */
    private static boolean isHtml(String type) {
        return type == null || type.isBlank() || type.toLowerCase(Locale.ROOT).contains("html");
    }

    private static String content(SyndEntry entry, ItemElement xml) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() == null || content.getValue().isBlank()) {
                continue;
            }
            return isHtml(content.getType()) ? content.getValue() : "<p>" + Entities.escape(content.getValue()) + "</p>";
        }
        return xml == null ? null : xml.xhtmlBody();
    }

    private static String author(SyndEntry entry, ItemElement xml) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return AuthorNames.shown(PlainText.of(entry.getAuthor()));
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return AuthorNames.shown(PlainText.of(person.getName()));
            }
        }
        return xml == null ? null : AuthorNames.shown(xml.author());
    }

    private static boolean isWebAddress(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
