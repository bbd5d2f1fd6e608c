package org.scriptorium.core.research.topics;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What someone typing a search wants: to learn (informational), to weigh options before buying (commercial), to buy
 * or get something now (transactional), or to reach one site (navigational). Told from the words, the way SEO tools
 * do without click data; a phrase with no telling word is informational.
 */
public enum SearchIntent {
    INFORMATIONAL, COMMERCIAL, TRANSACTIONAL, NAVIGATIONAL;

    private static final Set<String> TRANSACTIONAL_WORDS = Set.of("buy", "price", "prices", "pricing", "cost", "cheap", "cheapest", "discount",
            "coupon", "coupons", "deal", "deals", "order", "purchase", "download", "subscribe", "subscription", "hire", "rent", "booking",
            "book", "sale", "shop", "store", "delivery", "quote", "trial", "free", "install");
    private static final Set<String> COMMERCIAL_WORDS = Set.of("best", "top", "review", "reviews", "vs", "versus", "compare", "comparison",
            "alternative", "alternatives", "worth", "recommended", "rating", "ratings", "pros", "cons", "brands", "affordable");
    private static final Set<String> NAVIGATIONAL_WORDS = Set.of("login", "log", "signin", "sign", "website", "site", "official", "app",
            "account", "portal", "homepage", "contact", "address", "phone", "careers", "support", "reddit", "youtube", "wikipedia", "github",
            "facebook", "linkedin", "amazon");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "which", "who", "when", "where", "can", "is", "are",
            "does", "do", "should", "will", "guide", "tutorial", "ideas", "examples", "meaning", "definition", "tips");
    private static final Pattern DOMAIN = Pattern.compile("\\b[a-z0-9-]+\\.(com|org|net|io|dev|co|uk|de|fr)\\b");

    /** The intent of one phrase (lower case, words separated by spaces). */
    public static SearchIntent of(String phrase) {
        String text = phrase.toLowerCase(java.util.Locale.ROOT).strip();
        List<String> words = List.of(text.split("[^\\p{L}\\p{N}.]+"));
        if (words.isEmpty()) {
            return INFORMATIONAL;
        }
        // A question is asked to learn, even "how much does X cost" or "which is the best X": the first word decides.
        if (QUESTION_WORDS.contains(words.getFirst()) && !TRANSACTIONAL_WORDS.contains(words.getFirst())) {
            return words.stream().anyMatch(w -> w.equals("best") || w.equals("vs") || w.equals("worth")) ? COMMERCIAL : INFORMATIONAL;
        }
        if (DOMAIN.matcher(text).find() || words.stream().anyMatch(NAVIGATIONAL_WORDS::contains) || text.endsWith(" near me")) {
            return text.endsWith(" near me") ? TRANSACTIONAL : NAVIGATIONAL;
        }
        if (words.stream().anyMatch(TRANSACTIONAL_WORDS::contains)) {
            return TRANSACTIONAL;
        }
        if (words.stream().anyMatch(COMMERCIAL_WORDS::contains) || words.contains("for") && words.getFirst().equals("best")) {
            return COMMERCIAL;
        }
        return INFORMATIONAL;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
