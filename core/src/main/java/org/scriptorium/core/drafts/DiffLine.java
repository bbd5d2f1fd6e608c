package org.scriptorium.core.drafts;

/** One line of a revision diff: kept, added in the current text, or removed since the revision. */
public record DiffLine(Kind kind, String text) {
    public enum Kind { SAME, ADDED, REMOVED }
}
