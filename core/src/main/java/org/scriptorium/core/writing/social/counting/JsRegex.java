package org.scriptorium.core.writing.social.counting;

/**
 * What JavaScript's regular expressions mean by a few classes, for the networks' grammars written in JavaScript: its
 * {@code \s} (every Unicode space, line and paragraph separator, and U+FEFF, but not U+0085 or U+180E) and its
 * {@code \b} (between an ASCII word character and anything else). Java's own classes differ on both.
 */
final class JsRegex {
    static final String SPACE_CHARACTERS = "\\t\\n\\x{B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
            + "\\x{205F}\\x{3000}\\x{FEFF}";
    static final String SPACE = "[" + SPACE_CHARACTERS + "]";
    static final String NOT_SPACE = "[^" + SPACE_CHARACTERS + "]";
    static final String WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";

    private JsRegex() {
    }
}
