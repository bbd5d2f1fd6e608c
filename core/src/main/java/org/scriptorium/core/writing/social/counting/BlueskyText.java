package org.scriptorium.core.writing.social.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post as Bluesky reads it. The network parses nothing: the app counts graphemes (300 at most) and UTF-8 bytes
 * (3,000 at most) and declares links, mentions and tags as facets over byte ranges. The facets are detected exactly as
 * {@code @atproto/api}'s RichText detects them: links with a scheme, or bare domains ending in a known top-level
 * domain, with trailing punctuation dropped and a ")" kept only when a "(" opened it; mentions of handles that are
 * domains; tags by the network's tag grammar (any characters but spaces, at least one that is no digit or punctuation,
 * up to 64 graphemes, "#" or full-width "＃"); cashtags like "$AAPL" as tags. Stateless and thread-safe.
 */
public final class BlueskyText implements NetworkText {
    public static final int MAX_GRAPHEMES = 300;
    public static final int MAX_BYTES = 3_000;
    /** What the post lexicon allows a tag: 64 graphemes and 640 bytes. */
    static final int MAX_TAG_GRAPHEMES = 64;
    static final int MAX_TAG_BYTES = 640;

    private static final Set<String> TOP_LEVEL_DOMAINS = new HashSet<>(Tables.lines("bluesky-tlds.txt"));
    /** Groups: 1 what precedes it, 2 the handle. */
    private static final Pattern MENTION = Pattern.compile("(^|" + JsRegex.SPACE + "|\\()@([a-zA-Z0-9.-]+)" + JsRegex.WORD_BOUNDARY);
    /** Groups: 1 what precedes it, 2 the link, "domain" the domain of one written without a scheme. */
    private static final Pattern LINK = Pattern.compile("(^|" + JsRegex.SPACE + "|\\()((?:https?://" + JsRegex.NOT_SPACE + "+)|"
            + "(?:(?<domain>[a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)" + JsRegex.NOT_SPACE + "*))", Pattern.CASE_INSENSITIVE);
    private static final String NOT_IN_TAG = JsRegex.SPACE_CHARACTERS + "\\x{AD}\\x{2060}\\x{200A}\\x{200B}\\x{200C}\\x{200D}\\x{20E2}";
    /** Groups: 1 what precedes it, 2 the tag (may be absent). */
    private static final Pattern TAG = Pattern.compile("(^|" + JsRegex.SPACE + ")[#\\x{FF03}]((?!\\x{FE0F})[^" + NOT_IN_TAG + "]*[^0-9"
            + NOT_IN_TAG + "\\p{P}]+[^" + NOT_IN_TAG + "]*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+\\z");
    /** Groups: 1 what precedes it, 2 the symbol. */
    private static final Pattern CASHTAG = Pattern.compile("(^|" + JsRegex.SPACE + "|\\()\\$([A-Za-z][A-Za-z0-9]{0,4})(?=" + JsRegex.SPACE
            + "|\\z|[.,;:!?)\"'\\x{2019}])");

    /** Graphemes, the unit of Bluesky's 300. */
    @Override
    public int length(String text) {
        return Graphemes.count(text);
    }

    /** UTF-8 bytes, the unit of Bluesky's 3,000. */
    public static int bytes(String text) {
        return new Utf8Offsets(text).total();
    }

    /** Whether the post lexicon takes the text: at most 300 graphemes and 3,000 UTF-8 bytes. */
    public boolean fits(String text) {
        return length(text) <= MAX_GRAPHEMES && bytes(text) <= MAX_BYTES;
    }

    /** The facets RichText detects, ordered by where they start; a mention's value is its handle, still unresolved. */
    public List<Facet> facets(String text) {
        return DeepStack.call(() -> detect(text));
    }

    private static List<Facet> detect(String text) {
        Utf8Offsets offsets = new Utf8Offsets(text);
        List<Facet> facets = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(2);
            if (knownDomain(handle) || handle.endsWith(".test")) {
                int at = text.indexOf(handle, m.start()) - 1;
                facets.add(new Facet(Facet.Kind.MENTION, offsets.of(at), offsets.of(at + 1 + handle.length()), handle));
            }
        }
        links(text, offsets, facets);
        tags(text, offsets, facets);
        m = CASHTAG.matcher(text);
        while (m.find()) {
            String symbol = m.group(2).toUpperCase(Locale.ROOT);
            int at = m.start() + m.group(1).length();
            facets.add(new Facet(Facet.Kind.TAG, offsets.of(at), offsets.of(at + 1 + symbol.length()), "$" + symbol));
        }
        facets.sort(Comparator.comparingInt(Facet::byteStart));
        return facets;
    }

    private static void links(String text, Utf8Offsets offsets, List<Facet> facets) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String written = m.group(2);
            String uri = written;
            if (!uri.startsWith("http")) {
                String domain = m.group("domain");
                if (domain == null || !knownDomain(domain)) {
                    continue;
                }
                uri = "https://" + uri;
            }
            int start = text.indexOf(written, m.start());
            int end = start + written.length();
            if (".,;:!?".indexOf(uri.charAt(uri.length() - 1)) >= 0) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && !uri.contains("(")) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            facets.add(new Facet(Facet.Kind.LINK, offsets.of(start), offsets.of(end), uri));
        }
    }

    private static void tags(String text, Utf8Offsets offsets, List<Facet> facets) {
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            String tag = TRAILING_PUNCTUATION.matcher(m.group(2)).replaceFirst("");
            if (tag.isEmpty() || (tag.length() > MAX_TAG_GRAPHEMES && Graphemes.count(tag) > MAX_TAG_GRAPHEMES)) {
                continue;
            }
            int at = m.start() + m.group(1).length();
            facets.add(new Facet(Facet.Kind.TAG, offsets.of(at), offsets.of(at + 1 + tag.length()), tag));
        }
    }

    /** A domain ending in a top-level domain the network knows, in lower case as written there. */
    private static boolean knownDomain(String domain) {
        int dot = domain.lastIndexOf('.');
        return dot >= 0 && TOP_LEVEL_DOMAINS.contains(domain.substring(dot + 1));
    }

    /** The links, mentions, hashtags and cashtags, at their places in the text. */
    @Override
    public List<Entity> entities(String text) {
        Utf8Offsets offsets = new Utf8Offsets(text);
        List<Entity> entities = new ArrayList<>();
        for (Facet facet : facets(text)) {
            int start = offsets.index(facet.byteStart());
            int end = offsets.index(facet.byteEnd());
            Entity.Kind kind = switch (facet.kind()) {
                case LINK -> Entity.Kind.LINK;
                case MENTION -> Entity.Kind.MENTION;
                case TAG -> text.charAt(start) == '$' ? Entity.Kind.CASHTAG : Entity.Kind.HASHTAG;
            };
            entities.add(new Entity(kind, start, end, facet.value()));
        }
        return XText.withoutOverlaps(entities);
    }
}
