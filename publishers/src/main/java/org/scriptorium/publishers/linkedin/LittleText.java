package org.scriptorium.publishers.linkedin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Post text in LinkedIn's "little" text format, the format of a post's {@code commentary}. LinkedIn reads
 * {@code \ | { } @ [ ] ( ) < > # * _ ~} as markup and silently cuts a post at the first one it cannot parse (a post
 * with "(see below)" goes out as the text before the parenthesis), so every one of them is escaped with a backslash.
 *
 * <p>Three things are kept working rather than escaped:
 * <ul>
 *   <li>a hashtag ({@code #word} at the start of a word) becomes LinkedIn's hashtag template {@code {hashtag|\#|word}},
 *       so it stays a clickable hashtag;</li>
 *   <li>a mention the user wrote in LinkedIn's own form, {@code @[Name](urn:li:organization:123)}, stays a mention.
 *       A bare "@name" is only text: LinkedIn mentions need the member's or page's URN, which a writer does not know,
 *       so guessing one is not attempted;</li>
 *   <li>in a web address, {@code _ ~ * # @} are left as written: escaping them breaks links such as
 *       {@code ?utm_source=x} or {@code /@someone}, and alone they do not start markup. Its brackets, braces, angle
 *       brackets, pipes and backslashes are still escaped, since those are what cut a post.</li>
 * </ul>
 */
final class LittleText {
    private static final String RESERVED = "\\|{}@[]()<>#*_~";
    private static final String KEPT_IN_ADDRESSES = "_~*#@";
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s]+");
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\[\\]\\n]{1,200})]\\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\\)");
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{M}\\p{N}]*\\p{L}[\\p{L}\\p{M}\\p{N}]*)");
    private static final Pattern TEMPLATE_OR_ESCAPE = Pattern.compile("\\{hashtag\\|\\\\#\\|((?:\\\\.|[^}\\\\])*)}|\\\\(.)", Pattern.DOTALL);

    private LittleText() {
    }

    /** The commentary to send for text as the user wrote it. */
    static String commentary(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
            Matcher m;
            if ((c == 'h' && wordStart) && (m = ADDRESS.matcher(text).region(i, text.length())).lookingAt()) {
                appendAddress(out, m.group());
                i = m.end();
            } else if (c == '@' && (m = MENTION.matcher(text).region(i, text.length())).lookingAt()) {
                out.append("@[").append(escape(m.group(1))).append("](").append(m.group(2)).append(')');
                i = m.end();
            } else if (c == '#' && wordStart && (m = HASHTAG.matcher(text).region(i, text.length())).lookingAt()) {
                out.append("{hashtag|\\#|").append(m.group(1)).append('}');
                i = m.end();
            } else {
                appendEscaped(out, c);
                i++;
            }
        }
        return out.toString();
    }

    /** Every reserved character escaped: plain text that LinkedIn shows exactly as given. */
    static String escape(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            appendEscaped(out, plain.charAt(i));
        }
        return out.toString();
    }

    /**
     * What a reader sees of a commentary: hashtag templates as "#word", escapes removed. Two commentaries that read
     * the same compare equal this way, however LinkedIn chose to escape the copy it sends back.
     */
    static String plain(String little) {
        if (little == null) {
            return "";
        }
        return TEMPLATE_OR_ESCAPE.matcher(little).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? "#" + m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2)));
    }

    private static void appendAddress(StringBuilder out, String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (KEPT_IN_ADDRESSES.indexOf(c) >= 0) {
                out.append(c);
            } else {
                appendEscaped(out, c);
            }
        }
    }

    private static void appendEscaped(StringBuilder out, char c) {
        if (RESERVED.indexOf(c) >= 0) {
            out.append('\\');
        }
        out.append(c);
    }
}
