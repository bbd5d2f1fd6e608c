package org.scriptorium.core.research.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English text as normalised terms: Lucene's standard tokenizer, possessives and stop words removed, lower case,
 * and KStem's light stemming ("threads" → "thread", "released" → "release", but no "univers" stumps). Each token
 * keeps the words as written, so keywords can be shown as people wrote them. Thread-safe.
 */
public final class Terms {
    /** Function words and the verbs of reporting that say nothing about a topic. */
    private static final CharArraySet STOP_WORDS = new CharArraySet(List.of(
            "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
            "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "away",
            "back", "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
            "else", "enough", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "let", "like",
            "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "near",
            "need", "never", "next", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only",
            "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "put",
            "rather", "really", "said", "same", "say", "says", "see", "seen", "several", "shall", "she", "should",
            "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
            "then", "there", "these", "they", "thing", "things", "this", "those", "though", "through", "thus", "to",
            "told", "too", "toward", "towards", "under", "until", "up", "upon", "us", "use", "used", "using", "very",
            "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while",
            "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
            "yours", "yourself", "according", "added", "saying", "week", "weeks", "day", "days", "year",
            "years", "time", "new", "way", "lot", "far", "two", "three", "first", "second"), false);

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new KStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /**
     * One term of a text: its normalised form, the words as written, where they stand in the text, and its
     * position counting the stop words that were removed (so adjacent terms differ by exactly one).
     */
    public record Token(String term, String surface, int start, int end, int position) {
    }

    private Terms() {
    }

    /** The normalised terms of a text, in order, repeats kept. */
    public static List<String> of(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String surface = withoutPossessive(text.substring(offset.startOffset(), offset.endOffset()));
                tokens.add(new Token(term.toString(), surface, offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e); // a StringReader does not fail
        }
        return tokens;
    }

    /** Whether a word (any case) is one of the stop words removed from terms. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a term is only digits and punctuation, such as "25" or "4.25": meaningful next to a word only. */
    static boolean isNumber(String term) {
        return term.chars().noneMatch(Character::isLetter);
    }

    private static String withoutPossessive(String surface) {
        if (surface.endsWith("'s") || surface.endsWith("\u2019s")) {
            return surface.substring(0, surface.length() - 2);
        }
        return surface;
    }

    /**
     * How terms were most often written, to show "Java" and "virtual threads" rather than "java" and "virtual thread".
     * Not thread-safe: one per extraction.
     */
    public static final class DisplayForms {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        public void add(String term, String surface) {
            counts.computeIfAbsent(term, t -> new HashMap<>()).merge(surface, 1, Integer::sum);
        }

        public void addAll(List<Token> tokens) {
            for (Token token : tokens) {
                add(token.term(), token.surface());
            }
        }

        /**
         * The most frequent way the term was written; a capitalised form wins only if it is used more than the
         * lower-case one, so words capitalised at sentence starts still show in lower case.
         */
        public String of(String term) {
            Map<String, Integer> forms = counts.get(term);
            if (forms == null) {
                return term;
            }
            String best = null;
            int bestCount = 0;
            int lowerCase = 0;
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                String surface = form.getKey();
                if (surface.equals(surface.toLowerCase(Locale.ROOT))) {
                    lowerCase += form.getValue();
                }
                if (form.getValue() > bestCount || (form.getValue() == bestCount && surface.compareTo(best) > 0)) {
                    best = surface;
                    bestCount = form.getValue();
                }
            }
            if (lowerCase * 2 >= totalOf(forms)) {
                return mostFrequentLowerCase(forms);
            }
            return best;
        }

        private static int totalOf(Map<String, Integer> forms) {
            return forms.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String mostFrequentLowerCase(Map<String, Integer> forms) {
            return forms.entrySet().stream()
                    .filter(f -> f.getKey().equals(f.getKey().toLowerCase(Locale.ROOT)))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .orElseThrow();
        }
    }
}
