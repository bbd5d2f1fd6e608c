package org.scriptorium.core.research.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the feeds a web page advertises with {@code <link rel="alternate">}. */
public final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml");

    private FeedDiscovery() {
    }

    /** Advertised feeds in document order, absolute, without duplicates. */
    public static List<URI> alternates(String html, URI base) {
        Document document = Jsoup.parse(html, base.toString());
        List<URI> feeds = new ArrayList<>();
        for (Element link : document.select("link[rel][href][type]")) {
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].trim();
            if (alternate && FEED_TYPES.contains(type)) {
                String href = link.absUrl("href");
                try {
                    URI feed = URI.create(href);
                    if (feed.getScheme() != null && feed.getScheme().startsWith("http") && !feeds.contains(feed)) {
                        feeds.add(feed);
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed advertisement is skipped; the page may advertise a good one too
                }
            }
        }
        return feeds;
    }
}
