package org.scriptorium.core.research.feeds;

import org.jsoup.nodes.Entities;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mistakes real feeds make that the best readers forgive, mended in the text before a second strict
 * parse: a namespace prefix used without its declaration, an HTML entity XML does not know, a bare
 * ampersand in a URL, an uppercase {@code &#X}, an XML declaration that is not at the start, and a last end
 * tag cut off before its {@code >}. Anything
 * else stays broken. CDATA sections, comments and processing instructions are left exactly as written.
 */
final class XmlRepairs {
    private static final Pattern VERBATIM = Pattern.compile("<!\\[CDATA\\[.*?(?:]]>|\\z)|<!--.*?(?:-->|\\z)|<\\?.*?(?:\\?>|\\z)",
            Pattern.DOTALL);
    private static final Pattern AMPERSAND = Pattern.compile("&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_][A-Za-z0-9._-]*);)?");
    private static final Pattern PREFIXED_NAME = Pattern.compile("(?:</?|\\s)([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern DECLARED_PREFIX = Pattern.compile("xmlns:([A-Za-z_][A-Za-z0-9_.-]*)\\s*=");
    private static final Pattern ROOT_START = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.:-]*)");
    private static final Pattern CUT_LAST_END_TAG = Pattern.compile("</([A-Za-z_][A-Za-z0-9_.:-]*)\\s*\\z");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private XmlRepairs() {
    }

    /** {@code xml} with the forgivable mistakes mended; the same text when there were none. */
    static String mend(String xml) {
        StringBuilder out = new StringBuilder(xml.length() + 64);
        Matcher verbatim = VERBATIM.matcher(xml);
        int at = 0;
        while (verbatim.find()) {
            out.append(entities(xml.substring(at, verbatim.start())));
            boolean misplacedDeclaration = verbatim.start() > 0 && verbatim.group().startsWith("<?xml ");
            out.append(misplacedDeclaration ? "" : verbatim.group());
            at = verbatim.end();
        }
        out.append(entities(xml.substring(at)));
        return closeCutEndTag(declarePrefixes(out.toString()));
    }

    /** Unknown named entities become the character HTML gives them, or literal text; bare ampersands become text. */
    private static String entities(String text) {
        Matcher m = AMPERSAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String reference = m.group(1);
            String replacement;
            if (reference == null) {
                replacement = "&amp;";
            } else if (reference.startsWith("#")) {
                replacement = "&#" + reference.substring(1).replace('X', 'x') + ";";
            } else if (XML_ENTITIES.contains(reference)) {
                replacement = m.group();
            } else if (Entities.isNamedEntity(reference)) {
                replacement = Entities.getByName(reference).codePoints().mapToObj(c -> "&#" + c + ";")
                        .collect(Collectors.joining());
            } else {
                replacement = "&amp;" + reference + ";"; // shown as written, as the best readers do
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Declares each prefix the document uses but never declares, on the root element, with the namespace
     * such prefixes conventionally stand for (so {@code itunes:author} is read as iTunes' author).
     */
    private static String declarePrefixes(String xml) {
        Set<String> declared = new LinkedHashSet<>(Set.of("xml", "xmlns"));
        Matcher d = DECLARED_PREFIX.matcher(xml);
        while (d.find()) {
            declared.add(d.group(1));
        }
        Set<String> missing = new LinkedHashSet<>();
        Matcher used = PREFIXED_NAME.matcher(withoutVerbatim(xml));
        while (used.find()) {
            if (!declared.contains(used.group(1))) {
                missing.add(used.group(1));
            }
        }
        Matcher root = ROOT_START.matcher(withoutVerbatim(xml));
        if (missing.isEmpty() || !root.find()) {
            return xml;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : missing) {
            declarations.append(" xmlns:").append(prefix).append("=\"").append(FeedNamespaces.conventionalUri(prefix))
                    .append('"');
        }
        int insertAt = root.end();
        return xml.substring(0, insertAt) + declarations + xml.substring(insertAt);
    }

    /** The same length as {@code xml}, with CDATA, comments and instructions blanked, so offsets still match. */
    private static String withoutVerbatim(String xml) {
        Matcher m = VERBATIM.matcher(xml);
        StringBuilder out = new StringBuilder(xml);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static String closeCutEndTag(String xml) {
        Matcher m = CUT_LAST_END_TAG.matcher(xml);
        return m.find() ? xml.substring(0, m.end()).stripTrailing() + ">" : xml;
    }
}
