package org.scriptorium.core.writing.social.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The links X makes of a text, by twitter-text's URL grammar (v3): a domain must end in a top-level domain X knows,
 * with or without "https://"; a path keeps a balanced ")" and drops trailing punctuation; any space ends a link; a
 * link written without a scheme takes only its ASCII domain, and its path only when it has one; t.co links end at
 * their slug. Written to match twitter-text's JavaScript exactly, as its conformance suite and the agreement corpus
 * measure. Stateless and thread-safe.
 */
final class XLinks {
    /** The spaces twitter-text knows; it never reads a link, mention or tag across one. */
    static final String SPACES = "\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
            + "\\x{202F}\\x{205F}\\x{3000}";
    /** Characters X refuses in a post. */
    static final String INVALID = "\\x{FFFE}\\x{FEFF}\\x{FFFF}";
    static final String DIRECTIONAL = "\\x{202A}-\\x{202E}\\x{61C}\\x{200E}\\x{200F}\\x{2066}-\\x{2069}";
    /** Punctuation as twitter-text lists it: ASCII only, without the double quote and the backtick. */
    static final String PUNCTUATION = "!'#%\\&()*+,\\\\\\-./:;<=>?@\\[\\]\\^_{|}~$";
    static final String LATIN_ACCENTS = "\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}\\x{254}\\x{256}"
            + "\\x{257}\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}\\x{28B}\\x{2BB}\\x{300}-\\x{36F}\\x{1E00}-\\x{1EFF}";
    private static final String CYRILLIC = "\\x{400}-\\x{4FF}";

    /**
     * Anything but punctuation, spaces, refused and directional characters: one class, written as its Latin-1 part and
     * the rest because Java tests a long class member by member, and this one is tested often.
     */
    private static final String DOMAIN_CHARS = "[^" + PUNCTUATION + "\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{100}-\\x{10FFFF}]"
            + "[\\x{100}-\\x{10FFFF}&&[^\\x{61C}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{200E}\\x{200F}\\x{2028}-\\x{202F}\\x{205F}"
            + "\\x{2066}-\\x{2069}\\x{3000}\\x{FEFF}\\x{FFFE}\\x{FFFF}]]";
    private static final String DOMAIN_CHAR = "[" + DOMAIN_CHARS + "]";
    // Classes, not alternations, inside the repeats: Java repeats a class without recursing, so a long label cannot
    // overflow the stack.
    private static final String SUBDOMAIN = "(?:(?:" + DOMAIN_CHAR + "[_\\-" + DOMAIN_CHARS + "]*)?" + DOMAIN_CHAR + "\\.)";
    private static final String DOMAIN_NAME = "(?:(?:" + DOMAIN_CHAR + "[\\-" + DOMAIN_CHARS + "]*)?" + DOMAIN_CHAR + "\\.)";
    private static final String TLD = topLevelDomains();
    private static final String PUNYCODE = "(?:xn--[-0-9a-z]+)";
    /** The look-ahead only saves time: a domain's first label ends in a dot, so where none follows, none starts. */
    private static final String DOMAIN = "(?=[_\\-" + DOMAIN_CHARS + "]*+\\.)"
            + "(?:" + SUBDOMAIN + "*" + DOMAIN_NAME + "(?:" + TLD + "|" + PUNYCODE + "))";
    private static final String PATH_CHAR = "[a-z" + CYRILLIC + "0-9!*';:=+,.$/%#\\[\\]\\-\\x{2013}_~@|\\&" + LATIN_ACCENTS + "]";
    private static final String BALANCED_PARENS = "\\((?:" + PATH_CHAR + "+|(?:" + PATH_CHAR + "*\\(" + PATH_CHAR + "+\\)"
            + PATH_CHAR + "*))\\)";
    private static final String PATH_END = "[+\\-a-z" + CYRILLIC + "0-9=_#/" + LATIN_ACCENTS + "]";
    /**
     * One piece of a path: characters ending in one that may end a link, or a bracketed group on its own, or "@user/".
     * The bracketed group stands alone because twitter-text splices its pattern in unbracketed: "a,(b)" links only "a".
     */
    private static final String PATH = "(?:(?:" + PATH_CHAR + "*(?:" + BALANCED_PARENS + PATH_CHAR + "*)*" + PATH_END + "|"
            + BALANCED_PARENS + ")|(?:@" + PATH_CHAR + "+/))";
    private static final String QUERY_CHAR = "[a-z0-9!?*'@();:\\&=+$/%#\\[\\]\\-_.,~|]";
    private static final String QUERY_END = "[a-z0-9\\-_\\&=#/]";
    private static final String PRECEDING = "(?:[^A-Za-z0-9@\\x{FF20}$#\\x{FF03}" + INVALID + "]|[" + DIRECTIONAL + "]|^)";

    /** Groups: 1 preceding character, 2 link, 3 scheme, 4 domain, 5 port, 6 path, 7 query. */
    private static final Pattern LINK = Pattern.compile("(" + PRECEDING + ")((https?://)?(" + DOMAIN + ")(?::([0-9]+))?(/" + PATH
            + "*)?(\\?" + QUERY_CHAR + "*" + QUERY_END + ")?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCII_DOMAIN = Pattern.compile("(?:(?:[\\-a-z0-9" + LATIN_ACCENTS + "]+)\\.)+(?:" + TLD + "|"
            + PUNYCODE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern TCO = Pattern.compile("https?://t\\.co/([a-z0-9]+)(?:\\?" + QUERY_CHAR + "*" + QUERY_END + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRETCH = Pattern.compile("[^" + SPACES + "]+");
    private static final Pattern WITHOUT_SCHEME_AFTER = Pattern.compile("[-_./]\\z");
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[\\x{3002}\\x{FF0E}\\x{FF61}]");
    private static final int MAX_LINK_LENGTH = 4096;
    private static final int MAX_SLUG_LENGTH = 40;
    private static final int MAX_LABEL_LENGTH = 63;

    private XLinks() {
    }

    /**
     * The links in the text, in order.
     *
     * @param withoutScheme whether "example.com" counts as a link (X: yes; Mastodon: only links with a scheme)
     */
    static List<Entity> find(String text, boolean withoutScheme) {
        return DeepStack.call(() -> search(text, withoutScheme));
    }

    private static List<Entity> search(String text, boolean withoutScheme) {
        List<Entity> links = new ArrayList<>();
        if (text.isEmpty() || text.indexOf(withoutScheme ? '.' : ':') < 0) {
            return links;
        }
        Matcher m = LINK.matcher(halvesApart(text)).useTransparentBounds(true).useAnchoringBounds(false);
        // A link never spans a space, so only the stretches between spaces that have a dot are searched (with the
        // character before them, which a link may follow): the same links, found many times faster.
        Matcher stretches = STRETCH.matcher(text);
        while (stretches.find()) {
            int dot = text.indexOf('.', stretches.start());
            if (dot >= 0 && dot < stretches.end()) {
                m.region(Math.max(0, stretches.start() - 1), stretches.end());
                findIn(text, m, withoutScheme, links);
            }
        }
        return links;
    }

    private static void findIn(String text, Matcher m, boolean withoutScheme, List<Entity> links) {
        while (m.find()) {
            String link = group(text, m, 2);
            String scheme = group(text, m, 3);
            String domain = group(text, m, 4);
            int start = m.end() - link.length();
            if (!acceptableLength(link, scheme == null ? "https://" : scheme, domain)) {
                continue;
            }
            if (scheme != null) {
                Matcher tco = TCO.matcher(link);
                if (tco.lookingAt()) {
                    if (tco.group(1).length() > MAX_SLUG_LENGTH) {
                        continue;
                    }
                    link = tco.group();
                }
                links.add(new Entity(Entity.Kind.LINK, start, start + link.length(), link));
            } else if (withoutScheme && !WITHOUT_SCHEME_AFTER.matcher(group(text, m, 1)).find()) {
                addWithoutScheme(links, link, domain, group(text, m, 6), start, m.end());
            }
        }
    }

    /**
     * The text with each half of a surrogate pair replaced by a private-use character the grammar treats alike, so the
     * expression reads UTF-16 units one by one as JavaScript does: "x🇪.example.com" can then begin a link inside the flag.
     */
    private static String halvesApart(String text) {
        char[] units = text.toCharArray();
        for (int i = 0; i < units.length; i++) {
            if (Character.isHighSurrogate(units[i])) {
                units[i] = '\uE000';
            } else if (Character.isLowSurrogate(units[i])) {
                units[i] = '\uE001';
            }
        }
        return new String(units);
    }

    private static String group(String text, Matcher m, int group) {
        return m.start(group) < 0 ? null : text.substring(m.start(group), m.end(group));
    }

    /** "bücher.example.com/a" written without a scheme: each ASCII domain in it, the last one with the path. */
    private static void addWithoutScheme(List<Entity> links, String link, String domain, String path, int start, int end) {
        Matcher ascii = ASCII_DOMAIN.matcher(domain);
        Entity last = null;
        int asciiEnd = 0;
        while (ascii.find()) {
            String found = ascii.group();
            int from = domain.indexOf(found, asciiEnd);
            asciiEnd = from + found.length();
            last = new Entity(Entity.Kind.LINK, start + from, start + asciiEnd, found);
            links.add(last);
        }
        if (last != null && path != null) {
            int at = link.indexOf(domain);
            String whole = link.substring(0, at) + last.value() + link.substring(at + domain.length());
            links.set(links.size() - 1, new Entity(Entity.Kind.LINK, last.start(), end, whole));
        }
    }

    /** A link X takes: at most 4096 characters with its scheme, every label of its domain 1 to 63 once encoded. */
    private static boolean acceptableLength(String link, String scheme, String domain) {
        if (domain.startsWith("xn--") && !ASCII_DOMAIN.matcher(domain).find()) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            String encoded = Arrays.stream(LABEL_SEPARATORS.split(label, -1)).map(Punycode::toAscii).collect(Collectors.joining("."));
            if (encoded.isEmpty() || encoded.length() > MAX_LABEL_LENGTH) {
                return false;
            }
        }
        return scheme.length() + link.length() <= MAX_LINK_LENGTH;
    }

    /**
     * X's top-level domains, each only when no letter, digit, "@", "+" or "-" follows. ASCII ones match in either case;
     * the others (Cyrillic, Greek, …) by Unicode case, as a JavaScript case-insensitive expression reads them. The ASCII
     * ones go in as a tree of their letters ("c(?:o(?:m|op)?|…)"), which Java matches far faster than a list of 1,400:
     * no two of them can both match at one place, so the order of the list does not matter there.
     */
    private static String topLevelDomains() {
        List<String> all = Tables.lines("x-tlds.txt");
        String ascii = alternatives(all.stream().filter(t -> t.chars().allMatch(c -> c < 0x80)).toList());
        String other = all.stream().filter(t -> t.chars().anyMatch(c -> c >= 0x80)).map(Pattern::quote).collect(Collectors.joining("|"));
        return "(?:(?:" + ascii + "|(?iu:" + other + "))(?=[^0-9a-zA-Z@+-]|\\z))";
    }

    /** A pattern matching exactly the given strings of letters, as a tree of their common beginnings. */
    static String alternatives(List<String> words) {
        java.util.TreeMap<Character, List<String>> byFirst = new java.util.TreeMap<>();
        boolean complete = false;
        for (String w : words) {
            if (w.isEmpty()) {
                complete = true;
            } else {
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
            }
        }
        if (byFirst.isEmpty()) {
            return "";
        }
        String branches = byFirst.entrySet().stream().map(e -> Pattern.quote(String.valueOf(e.getKey())) + alternatives(e.getValue()))
                .collect(Collectors.joining("|"));
        return "(?:" + branches + ")" + (complete ? "?" : "");
    }
}
