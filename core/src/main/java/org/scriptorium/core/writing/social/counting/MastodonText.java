package org.scriptorium.core.writing.social.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post as a Mastodon server counts it (its StatusLengthValidator): graphemes, with every link written with a scheme
 * counted as 23 whatever its length and every mention as its local part ("@ana@example.social" as "@ana"); a blank
 * post counts nothing. Links are found by the twitter-text grammar the server's extractor uses; mentions by the
 * server's own grammar, which takes remote accounts. Stateless and thread-safe.
 */
public final class MastodonText implements NetworkText {
    public static final int LIMIT = 500;
    private static final String URL_PLACEHOLDER = "x".repeat(XText.LINK_WEIGHT);
    private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    /**
     * Groups: 1 the account ("ana" or "ana@example.social"), 2 its local part. The look-behind names a letter beyond
     * the BMP (U+10000) literally: only then does Java look behind whole code points, not at half of a pair.
     */
    private static final Pattern MENTION = Pattern.compile("(?<![=/" + WORD + "\uD800\uDC00])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)"
            + "(?:@[" + WORD + ".-]+[" + WORD + "]+)?)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER_MENTION = Pattern.compile("[@\\x{FF20}" + XLinks.LATIN_ACCENTS + "]|://");
    private static final Pattern BLANK = Pattern.compile("[\\t\\n\\x{B}\\f\\r \\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
            + "\\x{202F}\\x{205F}\\x{3000}]*");
    private static final int MAX_DOMAIN_LENGTH = 253;

    @Override
    public int length(String text) {
        if (BLANK.matcher(text).matches()) {
            return 0;
        }
        StringBuilder countable = new StringBuilder();
        int from = 0;
        for (Entity e : countedEntities(text)) {
            countable.append(text, from, e.start()).append(e.kind() == Entity.Kind.LINK ? URL_PLACEHOLDER : "@" + e.value().split("@")[0]);
            from = e.end();
        }
        return Graphemes.count(countable.append(text.substring(from)).toString());
    }

    /** Links with a scheme, mentions (local or remote) and hashtags; where two overlap, the first. */
    @Override
    public List<Entity> entities(String text) {
        List<Entity> all = new ArrayList<>(countedEntities(text));
        all.addAll(XTags.hashtags(text));
        return XText.withoutOverlaps(all);
    }

    private static List<Entity> countedEntities(String text) {
        List<Entity> entities = new ArrayList<>(XLinks.find(text, false));
        entities.addAll(mentions(text));
        return XText.withoutOverlaps(entities);
    }

    private static List<Entity> mentions(String text) {
        List<Entity> mentions = new ArrayList<>();
        if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) {
            return mentions;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String account = m.group(1);
            int at = account.indexOf('@');
            boolean domainTooLong = at >= 0 && account.length() - at - 1 > MAX_DOMAIN_LENGTH;
            if (!domainTooLong && !AFTER_MENTION.matcher(text).region(m.end(), text.length()).lookingAt()) {
                mentions.add(new Entity(Entity.Kind.MENTION, m.start(), m.end(), account));
            }
        }
        return mentions;
    }
}
