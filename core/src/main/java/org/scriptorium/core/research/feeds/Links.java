package org.scriptorium.core.research.feeds;

import java.net.URI;

/** Turns the link strings sources contain into absolute URIs, tolerating the sloppy ones. */
final class Links {
    private Links() {
    }

    /** {@code href} resolved against {@code base}; null when missing or beyond repair. */
    static URI resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String clean = href.strip().replace(" ", "%20");
        try {
            URI resolved = base == null ? URI.create(clean) : base.resolve(clean);
            return resolved.isAbsolute() ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
