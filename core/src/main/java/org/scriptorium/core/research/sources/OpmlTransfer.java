package org.scriptorium.core.research.sources;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.feeds.Opml;
import org.scriptorium.core.research.feeds.OpmlException;
import org.scriptorium.core.research.feeds.OpmlOutline;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Moves sources in and out as OPML, the subscription list every feed reader speaks. */
public final class OpmlTransfer {
    private final SourceService sources;

    public OpmlTransfer(SourceService sources) {
        this.sources = sources;
    }

    /** What an import did: the sources added, the ones already there, and the outlines that could not be used. */
    public record ImportResult(List<SourceSummary> added, int alreadyThere, List<String> rejected) {
    }

    public ImportResult importFrom(InputStream in) {
        List<OpmlOutline> outlines;
        try {
            outlines = Opml.read(in);
        } catch (OpmlException e) {
            throw new InvalidInput(e.getMessage());
        }
        Set<String> known = new HashSet<>();
        sources.list().forEach(s -> known.add(s.url()));
        List<SourceSummary> added = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int already = 0;
        for (OpmlOutline outline : outlines) {
            if (outline.xmlUrl() == null) {
                continue;
            }
            String url = outline.xmlUrl().toString();
            if (known.contains(url)) {
                already++;
                continue;
            }
            try {
                SourceLabel label = outline.category() == null ? SourceLabel.NONE : labelOf(outline.category());
                added.add(sources.add(new NewSource(url, null, outline.title(), label, PollInterval.DEFAULT_MINUTES)));
                known.add(url);
            } catch (ScriptoriumException e) {
                rejected.add(url + ": " + e.getMessage());
            }
        }
        return new ImportResult(added, already, rejected);
    }

    public void exportTo(OutputStream out) {
        List<OpmlOutline> outlines = sources.list().stream()
                .filter(s -> !s.url().startsWith("hn:"))
                .map(s -> new OpmlOutline(s.title(), URI.create(s.pollUrl()), s.feedUrl() != null ? URI.create(s.url()) : null,
                        categoryOf(s.label())))
                .toList();
        try {
            Opml.write(outlines, "Scriptorium sources", out);
        } catch (OpmlException e) {
            throw new ScriptoriumException("Could not write the OPML file: " + e.getMessage(), e);
        }
    }

    // The label becomes a folder path: domain, then market, then language, "-" for a part left empty.
    static String categoryOf(SourceLabel label) {
        if (label.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(java.util.Arrays.asList(dash(label.domain()), dash(label.market()), dash(label.language())));
        while (parts.getLast().equals("-")) {
            parts.removeLast();
        }
        return String.join("/", parts);
    }

    // A folder path of up to three parts reads back as a label; a deeper one (another reader's tree) as its top folder.
    static SourceLabel labelOf(String category) {
        String[] parts = category.split("/");
        try {
            if (parts.length <= 3) {
                return new SourceLabel(undash(parts[0]), parts.length > 1 ? undash(parts[1]) : null, parts.length > 2 ? undash(parts[2]) : null);
            }
            return new SourceLabel(undash(parts[0]), null, null);
        } catch (InvalidInput tooLong) {
            return SourceLabel.NONE;
        }
    }

    private static String dash(String part) {
        return part == null ? "-" : part;
    }

    private static String undash(String part) {
        return part.isBlank() || part.strip().equals("-") ? null : part.strip();
    }
}
