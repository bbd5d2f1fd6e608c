package org.scriptorium.core.research.competitors;

import java.net.URI;

/** What is read to learn a competitor's recent articles: its feed, or its sitemap. */
public record Follow(URI url, Kind kind) {
    public enum Kind { FEED, SITEMAP }
}
