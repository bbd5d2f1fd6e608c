package org.scriptorium.core.drafts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision diff as a reader follows it: paragraphs kept, added or removed whole, and a paragraph changed in place
 * shown once with its removed and added words marked, rather than as two nearly equal lines.
 */
public final class WordDiff {
    /** A run of words: kept, added in the current text, or removed since the revision. */
    public record Span(DiffLine.Kind kind, String text) {
    }

    /** A line of the diff: kept, added, removed, or changed (then its spans mark the words). */
    public record Line(Kind kind, List<Span> spans) {
        public enum Kind { SAME, ADDED, REMOVED, CHANGED }

        /** The line as it reads now (a removed line: as it read in the revision). */
        public String text() {
            return String.join("", spans.stream().filter(s -> kind == Kind.REMOVED || s.kind() != DiffLine.Kind.REMOVED).map(Span::text).toList());
        }
    }

    /** Words and the spaces after them, so that joining the tokens gives the line back. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’_-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    /** Pairs each run of removed lines with the added lines after it: the n-th removed with the n-th added is a change. */
    public static List<Line> of(List<DiffLine> lines) {
        List<Line> shown = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            DiffLine line = lines.get(i);
            if (line.kind() != DiffLine.Kind.REMOVED) {
                shown.add(whole(line));
                i++;
                continue;
            }
            List<String> removed = new ArrayList<>();
            while (i < lines.size() && lines.get(i).kind() == DiffLine.Kind.REMOVED) {
                removed.add(lines.get(i++).text());
            }
            List<String> added = new ArrayList<>();
            while (i < lines.size() && lines.get(i).kind() == DiffLine.Kind.ADDED) {
                added.add(lines.get(i++).text());
            }
            int paired = Math.min(removed.size(), added.size());
            for (int k = 0; k < paired; k++) {
                shown.add(changed(removed.get(k), added.get(k)));
            }
            removed.subList(paired, removed.size()).forEach(text -> shown.add(whole(new DiffLine(DiffLine.Kind.REMOVED, text))));
            added.subList(paired, added.size()).forEach(text -> shown.add(whole(new DiffLine(DiffLine.Kind.ADDED, text))));
        }
        return shown;
    }

    private static Line whole(DiffLine line) {
        Line.Kind kind = switch (line.kind()) {
            case SAME -> Line.Kind.SAME;
            case ADDED -> Line.Kind.ADDED;
            case REMOVED -> Line.Kind.REMOVED;
        };
        return new Line(kind, List.of(new Span(line.kind(), line.text())));
    }

    /** One line changed in place: its words diffed, neighbouring spans of one kind joined. */
    static Line changed(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Span> spans = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                add(spans, DiffLine.Kind.SAME, from.get(position));
            }
            delta.getSource().getLines().forEach(token -> add(spans, DiffLine.Kind.REMOVED, token));
            delta.getTarget().getLines().forEach(token -> add(spans, DiffLine.Kind.ADDED, token));
            position += delta.getSource().size();
        }
        for (; position < from.size(); position++) {
            add(spans, DiffLine.Kind.SAME, from.get(position));
        }
        return new Line(Line.Kind.CHANGED, List.copyOf(spans));
    }

    private static void add(List<Span> spans, DiffLine.Kind kind, String token) {
        if (!spans.isEmpty() && spans.getLast().kind() == kind) {
            spans.set(spans.size() - 1, new Span(kind, spans.getLast().text() + token));
        } else {
            spans.add(new Span(kind, token));
        }
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
