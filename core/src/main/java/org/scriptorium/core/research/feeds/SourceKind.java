package org.scriptorium.core.research.feeds;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a research source is read. The CLI names are what a user types ({@code --kind rss}). */
public enum SourceKind {
    FEED("rss"),
    /** A web page that advertises its feed; the reader finds and follows it. */
    PAGE("page"),
    HACKER_NEWS("hn"),
    REDDIT("reddit");

    private final String cliName;

    SourceKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static SourceKind fromCliName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SourceKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown source kind \"" + name + "\"; use one of "
                + Arrays.stream(values()).map(SourceKind::cliName).collect(Collectors.joining(", ")) + ".");
    }

    /** The kind a URL most likely is; a FEED that turns out to be HTML is handled by the reader. */
    public static SourceKind guess(URI url) {
        if ("hn".equalsIgnoreCase(url.getScheme())) {
            return HACKER_NEWS;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("news.ycombinator.com") || host.equals("hn.algolia.com")) {
            return HACKER_NEWS;
        }
        String path = url.getPath() == null ? "" : url.getPath();
        if ((host.equals("reddit.com") || host.endsWith(".reddit.com")) && path.startsWith("/r/")) {
            return REDDIT;
        }
        return FEED;
    }
}
