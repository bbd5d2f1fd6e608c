package org.scriptorium.core.writing.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves text between a formal and a casual register with fixed tables: contractions expanded or made, and a few
 * everyday words swapped for their formal counterparts. Case is kept ("Don't" → "Do not"). Thread-safe.
 */
final class Register {
    private record Swap(Pattern pattern, String replacement) {
    }

    /** Casual → formal; the casual side may be written with ' or ’. */
    private static final String[][] CONTRACTIONS = {
            {"can't", "cannot"}, {"won't", "will not"}, {"shan't", "shall not"}, {"don't", "do not"},
            {"doesn't", "does not"}, {"didn't", "did not"}, {"isn't", "is not"}, {"aren't", "are not"},
            {"wasn't", "was not"}, {"weren't", "were not"}, {"haven't", "have not"}, {"hasn't", "has not"},
            {"hadn't", "had not"}, {"couldn't", "could not"}, {"wouldn't", "would not"}, {"shouldn't", "should not"},
            {"I'm", "I am"}, {"you're", "you are"}, {"we're", "we are"}, {"they're", "they are"},
            {"I've", "I have"}, {"you've", "you have"}, {"we've", "we have"}, {"they've", "they have"},
            {"I'll", "I will"}, {"you'll", "you will"}, {"we'll", "we will"}, {"they'll", "they will"},
            {"it's", "it is"}, {"that's", "that is"}, {"there's", "there is"}, {"what's", "what is"},
            {"let's", "let us"}, {"I'd", "I would"}};

    /** Everyday words and their formal counterparts, longest phrases first. */
    private static final String[][] WORDS = {
            {"a lot of", "many"}, {"lots of", "numerous"}, {"find out", "discover"}, {"look into", "investigate"},
            {"get", "obtain"}, {"gets", "obtains"}, {"buy", "purchase"}, {"buys", "purchases"}, {"help", "assist"},
            {"helps", "assists"}, {"show", "demonstrate"}, {"shows", "demonstrates"}, {"start", "commence"},
            {"starts", "commences"}, {"need", "require"}, {"needs", "requires"}, {"enough", "sufficient"},
            {"maybe", "perhaps"}, {"kids", "children"}, {"big", "substantial"},
            {"tell", "inform"}, {"about", "approximately"}, {"so", "therefore"}, {"extra", "additional"},
            {"okay", "acceptable"}, {"use", "utilise"}};

    private static final List<Swap> TO_FORMAL = new ArrayList<>();
    private static final List<Swap> TO_CASUAL = new ArrayList<>();

    static {
        for (String[] c : CONTRACTIONS) {
            TO_FORMAL.add(new Swap(word(c[0].replace("'", "['’]")), c[1]));
        }
        for (String[] w : WORDS) {
            if (!w[0].equals("about") && !w[0].equals("so") && !w[0].equals("use")) {
                TO_FORMAL.add(new Swap(word(w[0]), w[1])); // "about", "so", "use" mean too many things to swap blindly
            }
        }
        for (String[] w : WORDS) {
            if (!w[1].equals("many")) {
                TO_CASUAL.add(new Swap(word(w[1]), w[0])); // "many of them" must not become "a lot of of them"
            }
        }
        for (String[] c : CONTRACTIONS) {
            // A contraction cannot end a clause ("that is what it is." never becomes "what it's.").
            TO_CASUAL.add(new Swap(Pattern.compile("(?i)\\b" + c[1].replace(" ", "\\s+") + "\\b(?!\\s*[,.;:!?)]|\\s*$)"), c[0]));
        }
    }

    private Register() {
    }

    static String formal(String text) {
        return apply(text, TO_FORMAL);
    }

    static String casual(String text) {
        return apply(text, TO_CASUAL);
    }

    private static Pattern word(String phrase) {
        return Pattern.compile("(?i)\\b" + phrase.replace(" ", "\\s+") + "\\b");
    }

    private static String apply(String text, List<Swap> swaps) {
        String out = text;
        for (Swap swap : swaps) {
            Matcher m = swap.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(matchCase(m.group(), swap.replacement())));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** The replacement written the way the original was: "GET" → "OBTAIN", "Get" → "Obtain", "get" → "obtain". */
    static String matchCase(String original, String replacement) {
        boolean hasLetters = original.codePoints().filter(Character::isLetter).count() > 1;
        if (hasLetters && original.equals(original.toUpperCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Titles.capitalize(replacement);
        }
        return replacement;
    }
}
