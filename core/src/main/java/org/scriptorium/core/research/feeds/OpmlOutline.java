package org.scriptorium.core.research.feeds;

import java.net.URI;

/** One subscription from an OPML file; {@code category} is the folder path ("Tech/Java"), null at top level. */
public record OpmlOutline(String title, URI xmlUrl, URI htmlUrl, String category) {
}
