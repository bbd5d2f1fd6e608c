package org.scriptorium.core.writing.social;

/** Something about a post the platform would reject or readers would dislike, said in one sentence. */
public record Issue(Kind kind, String message) {
    public enum Kind { EMPTY, TOO_LONG, REFUSED_CHARACTER, TOO_MANY_HASHTAGS, MARKDOWN_LEFT }
}
