package org.scriptorium.core.writing.social.counting;

/**
 * A link, hashtag, mention or cashtag a network makes of a stretch of a post.
 *
 * @param start the index of its first character in the text (UTF-16, as {@link String} counts)
 * @param end   the index just past its last character
 * @param value what the network reads there: the address, the tag without its sign, the handle (with a list, if any)
 */
public record Entity(Kind kind, int start, int end, String value) {
    public enum Kind { LINK, HASHTAG, MENTION, CASHTAG }
}
