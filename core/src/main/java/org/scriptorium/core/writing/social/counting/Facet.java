package org.scriptorium.core.writing.social.counting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Bluesky facet as detected in a post: a link, mention or tag over a range of the text's UTF-8 bytes.
 *
 * @param value the link's address, the mention's handle (to resolve to a DID before sending) or the tag without "#"
 *              (a cashtag keeps its "$", in capitals)
 */
public record Facet(Kind kind, int byteStart, int byteEnd, String value) {
    /** The post lexicon's "uri" format: a scheme, then no space and no leading "/" after "//". */
    private static final Pattern URI = Pattern.compile("\\w+:(?://)?[^" + JsRegex.SPACE_CHARACTERS + "/]" + JsRegex.NOT_SPACE + "*");

    public enum Kind { LINK, MENTION, TAG }

    /**
     * Whether the facet can go out with the text: its bytes are exactly the text it declares ("https://" aside for a
     * link written without it, case aside for a cashtag) and the network's schema takes its value. A facet that fails
     * is sent as plain text instead, never as a link the network would refuse or that points somewhere else.
     */
    public boolean declares(String text) {
        Utf8Offsets offsets = new Utf8Offsets(text);
        int start = offsets.index(byteStart);
        int end = offsets.index(byteEnd);
        if (start < 0 || end < start || byteEnd > offsets.total()) {
            return false;
        }
        String covered = text.substring(start, end);
        return switch (kind) {
            case LINK -> (covered.equals(value) || ("https://" + covered).equals(value)) && URI.matcher(value).matches();
            case MENTION -> covered.equals("@" + value);
            case TAG -> (covered.equals("#" + value) || covered.equals("＃" + value)
                    || value.startsWith("$") && covered.toUpperCase(Locale.ROOT).equals(value))
                    && Graphemes.count(value) <= BlueskyText.MAX_TAG_GRAPHEMES && BlueskyText.bytes(value) <= BlueskyText.MAX_TAG_BYTES;
        };
    }
}
