package org.scriptorium.core.writing.offline;

import org.scriptorium.core.research.text.Terms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** URL slugs: lower-case ASCII words joined by hyphens, accents folded, stop words dropped, at most 60 characters. */
public final class Slugs {
    public static final int MAX_LENGTH = 60;
    /** Letters that do not decompose into a base letter and a mark. */
    private static final Map<String, String> LIGATURES = Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d",
            "ł", "l", "þ", "th", "ð", "d", "ı", "i");

    private Slugs() {
    }

    /** "Über café: naïve résumé — 2026!" → "uber-cafe-naive-resume-2026". */
    public static String of(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> ligature : LIGATURES.entrySet()) {
            folded = folded.replace(ligature.getKey(), ligature.getValue());
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.replace("'", "").replace("’", "").split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<String> content = words.stream().filter(w -> !Terms.isStopWord(w)).toList();
        if (!content.isEmpty()) {
            words = content; // a title of nothing but stop words keeps them rather than vanish
        }
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            int added = (slug.isEmpty() ? 0 : 1) + word.length();
            if (slug.length() + added > MAX_LENGTH) {
                if (slug.isEmpty()) {
                    slug.append(word, 0, MAX_LENGTH);
                }
                break;
            }
            slug.append(slug.isEmpty() ? "" : "-").append(word);
        }
        return slug.toString();
    }
}
