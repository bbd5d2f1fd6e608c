package org.scriptorium.core.research.competitors;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import org.scriptorium.core.research.feeds.FeedFormatException;
import org.scriptorium.core.research.feeds.FeedParser;
import org.scriptorium.core.research.fetch.FetchResult;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** What a fetched address is (a feed or a sitemap, or neither), and a sitemap's most recent articles. */
final class Sitemaps {
    /** How many of a sitemap index's sitemaps are read: the most recently changed ones (news and post sitemaps, usually). */
    static final int SITEMAPS_OF_AN_INDEX = 3;

    /** A sitemap that could not be read. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    interface Fetch {
        FetchResult fetch(URI url) throws InterruptedException;
    }

    private Sitemaps() {
    }

    /** A feed or a sitemap at the address it was fetched from, or null for anything else (a web page, say). */
    static Follow kindOf(FetchResult.Fetched fetched) {
        try {
            new FeedParser().parse(fetched.body(), fetched.contentType(), fetched.finalUrl(), fetched.base());
            return new Follow(fetched.finalUrl(), Follow.Kind.FEED);
        } catch (FeedFormatException | RuntimeException notAFeed) {
            // perhaps a sitemap
        }
        String start = new String(fetched.body(), 0, Math.min(fetched.body().length, 2048), java.nio.charset.StandardCharsets.UTF_8);
        if (start.contains("<urlset") || start.contains("<sitemapindex")) {
            return new Follow(fetched.finalUrl(), Follow.Kind.SITEMAP);
        }
        return null;
    }

    /**
     * The articles a sitemap lists as changed since {@code since} (or undated), most recent first; of an index, its
     * most recent sitemaps changed since then.
     */
    static List<CompetitorWatcher.Listed> recent(FetchResult.Fetched fetched, Instant since, Fetch fetch) throws Unreadable, InterruptedException {
        AbstractSiteMap map = parse(fetched);
        List<SiteMapURL> urls = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            List<AbstractSiteMap> newest = index.getSitemaps().stream()
                    .filter(child -> child.getLastModified() == null || !child.getLastModified().toInstant().isBefore(since))
                    .sorted(Comparator.comparing(AbstractSiteMap::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(SITEMAPS_OF_AN_INDEX).toList();
            for (AbstractSiteMap child : newest) {
                URI address = uri(child.getUrl());
                if (address != null && fetch.fetch(address) instanceof FetchResult.Fetched childFetched
                        && parse(childFetched) instanceof SiteMap childMap) {
                    urls.addAll(childMap.getSiteMapUrls());
                }
            }
        } else if (map instanceof SiteMap sitemap) {
            urls.addAll(sitemap.getSiteMapUrls());
        }
        return urls.stream().sorted(Comparator.comparing(SiteMapURL::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(u -> new CompetitorWatcher.Listed(uri(u.getUrl()), null, instant(u.getLastModified()), null))
                .filter(l -> l.url() != null && (l.published() == null || !l.published().isBefore(since))).toList();
    }

    private static AbstractSiteMap parse(FetchResult.Fetched fetched) throws Unreadable {
        try {
            // Not strict: a sitemap may list pages outside its own folder (a /sitemaps/posts.xml listing /blog/...).
            return new SiteMapParser(false).parseSiteMap(fetched.contentType(), fetched.body(), fetched.finalUrl().toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new Unreadable(e.getMessage() == null ? "not a sitemap" : e.getMessage());
        }
    }

    private static URI uri(java.net.URL url) {
        try {
            return url == null ? null : url.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
