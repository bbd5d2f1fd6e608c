package org.scriptorium.core.sync;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

import java.nio.charset.StandardCharsets;

/**
 * Three-way merge of a draft's text against the text both sides last synced, line by line, with JGit's merge
 * algorithm (the one git uses): edits to different lines both land; edits to the same lines are a conflict, which
 * the caller keeps as two versions rather than as markers in the user's text.
 */
final class TextMerge {
    private TextMerge() {
    }

    /** The merged text, or null when both sides changed the same lines differently. */
    static String merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return mine;
        }
        if (mine.equals(base)) {
            return theirs;
        }
        RawText baseText = text(base);
        RawText mineText = text(mine);
        RawText theirsText = text(theirs);
        MergeResult<RawText> result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, baseText, mineText, theirsText);
        if (result.containsConflicts()) {
            return null;
        }
        StringBuilder merged = new StringBuilder();
        boolean lastEndsWithNewline = true;
        for (MergeChunk chunk : result) {
            RawText sequence = result.getSequences().get(chunk.getSequenceIndex());
            for (int line = chunk.getBegin(); line < chunk.getEnd(); line++) {
                merged.append(sequence.getString(line));
                boolean last = line == sequence.size() - 1;
                lastEndsWithNewline = !last || !sequence.isMissingNewlineAtEnd();
                if (lastEndsWithNewline) {
                    merged.append('\n');
                }
            }
        }
        return merged.toString();
    }

    private static RawText text(String value) {
        return new RawText(value.getBytes(StandardCharsets.UTF_8));
    }
}
