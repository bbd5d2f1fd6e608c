package org.scriptorium.core.writing.social.counting;

import com.ibm.icu.text.UnicodeSet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.scriptorium.core.writing.social.counting.XLinks.LATIN_ACCENTS;
import static org.scriptorium.core.writing.social.counting.XLinks.PUNCTUATION;
import static org.scriptorium.core.writing.social.counting.XLinks.SPACES;

/**
 * The hashtags, mentions and cashtags X makes of a text, by twitter-text's grammar (v3). A hashtag's letters are the
 * letters and marks of Unicode 7.0, the version twitter-text's tables were drawn from (plus the Apple private-use
 * letters they carry), so a letter added since does not make a hashtag on X. Stateless and thread-safe.
 */
final class XTags {
    private static final String APPLE_LETTERS = "[\\uF870-\\uF87F\\uF882\\uF884-\\uF89F\\uF8B8\\uF8C1-\\uF8D6]";
    private static final BitSet LETTER = caseClosed(new UnicodeSet("[[[[:L:][:M:]]&[:age=7.0:]]" + APPLE_LETTERS + "]"));
    private static final BitSet LETTER_OR_DIGIT = caseClosed(new UnicodeSet("[[[[:L:][:M:][:Nd:]]&[:age=7.0:]]" + APPLE_LETTERS
            + "[_\\u200C\\u200D\\uA67E\\u05BE\\u05F3\\u05F4\\uFF5E\\u301C\\u309B\\u309C\\u30A0\\u30FB\\u3003\\u0F0B\\u0F0C\\u00B7]]"));
    private static final Pattern AFTER_HASHTAG = Pattern.compile("[#\\x{FF03}]|://");
    /** Groups: 1 what precedes it, 2 the screen name, 3 the list ("/name"), if any. */
    private static final Pattern MENTION = Pattern.compile("((?:^|[^a-zA-Z0-9_!#$%\\&*@\\x{FF20}]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?))"
            + "[@\\x{FF20}]([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?");
    private static final Pattern AFTER_MENTION = Pattern.compile("[@\\x{FF20}" + LATIN_ACCENTS + "]|://");
    /** Groups: 1 what precedes it, 2 the symbol. */
    private static final Pattern CASHTAG = Pattern.compile("(^|[" + SPACES + "])\\$([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=\\z|"
            + JsRegex.SPACE + "|[" + PUNCTUATION + "])", Pattern.CASE_INSENSITIVE);

    private XTags() {
    }

    /**
     * Hashtags: a "#" or "＃" at the start, after U+FE0E or U+FE0F, or after any character that is no letter, digit or
     * "&"; then letters and digits, at least one a letter; not followed by another hash sign or "://". Read by hand
     * rather than by an expression: with classes this large, Java's regular expressions take milliseconds a post.
     */
    static List<Entity> hashtags(String text) {
        List<Entity> tags = new ArrayList<>();
        if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) {
            return tags;
        }
        for (int at = 0; at < text.length(); ) {
            int[] tag = hashtagAfter(text, at);
            if (tag == null) {
                at++;
                continue;
            }
            if (!AFTER_HASHTAG.matcher(text).region(tag[1], text.length()).lookingAt()) {
                tags.add(new Entity(Entity.Kind.HASHTAG, tag[0], tag[1], text.substring(tag[0] + 1, tag[1])));
            }
            at = tag[1];
        }
        return tags;
    }

    /** The hashtag (its sign's index and its end) whose boundary starts at {@code at}, trying the boundaries in order. */
    private static int[] hashtagAfter(String text, int at) {
        if (at == 0) {
            int end = tagEnd(text, 0);
            if (end > 0) {
                return new int[] {0, end};
            }
        }
        char c = text.charAt(at);
        if (c == '\uFE0E' || c == '\uFE0F') {
            int end = tagEnd(text, at + 1);
            if (end > 0) {
                return new int[] {at + 1, end};
            }
        }
        int codePoint = text.codePointAt(at);
        if (!Character.isSurrogate(c) || Character.isSupplementaryCodePoint(codePoint)) {
            int sign = at + Character.charCount(codePoint);
            int end = codePoint == '&' || letterOrDigit(codePoint) ? -1 : tagEnd(text, sign);
            if (end > 0) {
                return new int[] {sign, end};
            }
        }
        return null;
    }

    /** Where the tag whose sign is at {@code sign} ends, or -1 when there is none there. */
    private static int tagEnd(String text, int sign) {
        if (sign >= text.length() || (text.charAt(sign) != '#' && text.charAt(sign) != '＃')) {
            return -1;
        }
        int at = sign + 1;
        if (at < text.length() && (text.charAt(at) == '\uFE0F' || text.charAt(at) == '\u20E3')) {
            return -1;
        }
        boolean hasLetter = false;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            if (!letterOrDigit(codePoint)) {
                break;
            }
            hasLetter |= letter(codePoint);
            at += Character.charCount(codePoint);
        }
        return hasLetter ? at : -1;
    }

    private static boolean letter(int codePoint) {
        return LETTER.get(codePoint);
    }

    private static boolean letterOrDigit(int codePoint) {
        return LETTER_OR_DIGIT.get(codePoint);
    }

    /** Mentions and lists: "@ana" and "@ana/list-name", not e-mail addresses nor "@ana@host". */
    static List<Entity> mentions(String text) {
        List<Entity> mentions = new ArrayList<>();
        if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) {
            return mentions;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (!AFTER_MENTION.matcher(text).region(m.end(), text.length()).lookingAt()) {
                String name = m.group(2) + (m.group(3) == null ? "" : m.group(3));
                int start = m.start() + m.group(1).length();
                mentions.add(new Entity(Entity.Kind.MENTION, start, start + 1 + name.length(), name));
            }
        }
        return mentions;
    }

    static List<Entity> cashtags(String text) {
        List<Entity> cashtags = new ArrayList<>();
        if (text.indexOf('$') < 0) {
            return cashtags;
        }
        Matcher m = CASHTAG.matcher(text);
        while (m.find()) {
            int start = m.start() + m.group(1).length();
            cashtags.add(new Entity(Entity.Kind.CASHTAG, start, start + 1 + m.group(2).length(), m.group(2)));
        }
        return cashtags;
    }

    /**
     * The code points of the set, and those a case-insensitive JavaScript expression (without the "u" flag) takes for
     * one of them: same upper case, no non-ASCII character matching an ASCII one, astral ones as they are.
     */
    private static BitSet caseClosed(UnicodeSet set) {
        BitSet closed = new BitSet(Character.MAX_CODE_POINT + 1);
        set.ranges().forEach(r -> closed.set(r.codepoint, r.codepointEnd + 1));
        BitSet upper = new BitSet(Character.MAX_VALUE + 1);
        closed.stream().filter(c -> c <= Character.MAX_VALUE).forEach(c -> upper.set(javaScriptUpperCase(c)));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (upper.get(javaScriptUpperCase(c))) {
                closed.set(c);
            }
        }
        return closed;
    }

    private static int javaScriptUpperCase(int c) {
        String upper = String.valueOf((char) c).toUpperCase(Locale.ROOT);
        return upper.length() != 1 || (c >= 0x80 && upper.charAt(0) < 0x80) ? c : upper.charAt(0);
    }
}
