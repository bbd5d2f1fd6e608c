package org.scriptorium.core.research.feeds;

import java.net.URI;
import java.util.List;

/** What a source currently lists, in the order the source gives. */
public record ParsedFeed(String title, URI siteUrl, List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
