package org.scriptorium.core.research.sources;

import org.scriptorium.core.research.feeds.SourceKind;

/** An edit to a source; null fields stay as they are. */
public record SourceChanges(String url, SourceKind kind, String title, SourceLabel label, Integer pollIntervalMinutes) {
}
