package org.scriptorium.core.research.sources;

import org.scriptorium.core.research.feeds.SourceKind;

/** A source to add; a null kind is guessed from the URL, a null title is learned at the first poll. */
public record NewSource(String url, SourceKind kind, String title, SourceLabel label, int pollIntervalMinutes) {
    public static NewSource of(String url) {
        return new NewSource(url, null, null, SourceLabel.NONE, PollInterval.DEFAULT_MINUTES);
    }
}
