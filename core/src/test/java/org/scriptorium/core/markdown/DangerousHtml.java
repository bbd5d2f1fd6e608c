package org.scriptorium.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a browser would execute or load in an HTML fragment: script-capable elements,
 * event-handler attributes and script or document URLs (after entity decoding, the way a browser
 * reads them). Text is ignored; escaped markup is harmless.
 */
final class DangerousHtml {

    private static final Pattern DANGEROUS_ELEMENT = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|frame|frameset|object|embed|applet|form|meta|base|link|style"
                    + "|svg|math|body|isindex|button|textarea|select|video|audio|source)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][^\\s/>]*)([^>]*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]*))?");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#(\\d+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z]+));?");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("colon", ":"), Map.entry("tab", "\t"), Map.entry("newline", "\n"),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lpar", "("),
            Map.entry("rpar", ")"), Map.entry("sol", "/"), Map.entry("equals", "="));
    private static final List<String> HOSTILE_URL_PARTS =
            List.of("javascript:", "vbscript:", "livescript:", "data:text", "data:image/svg", "expression(");

    private DangerousHtml() {
    }

    /** One line per problem; empty when the fragment is safe to show. */
    static List<String> findings(String html) {
        List<String> findings = new ArrayList<>();
        Matcher element = DANGEROUS_ELEMENT.matcher(html);
        while (element.find()) {
            findings.add("element " + element.group());
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            inspectAttributes(tag.group(1).toLowerCase(Locale.ROOT), tag.group(2), findings);
        }
        return findings;
    }

    private static void inspectAttributes(String tagName, String attributes, List<String> findings) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(attribute.group(2));
            if (name.startsWith("on")) {
                findings.add("event handler " + name + " on <" + tagName + ">");
            }
            if (name.equals("srcdoc")) {
                findings.add("srcdoc on <" + tagName + ">");
            }
            if (name.equals("title") || name.equals("alt")) {
                continue; // shown as text, never loaded
            }
            String normalized = normalize(value);
            for (String part : HOSTILE_URL_PARTS) {
                if (normalized.contains(part)) {
                    findings.add(part + " in " + name + " on <" + tagName + ">");
                }
            }
        }
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Decodes entities and drops the whitespace and control characters browsers ignore in URLs. */
    static String normalize(String value) {
        String decoded = ENTITY.matcher(value).replaceAll(match -> Matcher.quoteReplacement(decode(match)));
        StringBuilder out = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> c > 0x20).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String decode(MatchResult match) {
        try {
            if (match.group(1) != null) {
                return Character.toString(Integer.parseInt(match.group(1)));
            }
            if (match.group(2) != null) {
                return Character.toString(Integer.parseInt(match.group(2), 16));
            }
        } catch (IllegalArgumentException e) {
            return match.group();
        }
        return NAMED_ENTITIES.getOrDefault(match.group(3).toLowerCase(Locale.ROOT), match.group());
    }
}
