package org.scriptorium.core.drafts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/** One line of a revision diff: kept, added in the current text, or removed since the revision. */
public record DiffLine(Kind kind, String text) {
    public enum Kind { SAME, ADDED, REMOVED }

    /** The lines from {@code before} to {@code after}: kept, removed and added, in reading order. */
    static List<DiffLine> between(String before, String after) {
        List<String> original = before.lines().toList();
        List<String> revised = after.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new DiffLine(DiffLine.Kind.SAME, original.get(position)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Kind.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new DiffLine(DiffLine.Kind.ADDED, line)));
            position += delta.getSource().size();
        }
        for (; position < original.size(); position++) {
            lines.add(new DiffLine(DiffLine.Kind.SAME, original.get(position)));
        }
        return lines;
    }
}
