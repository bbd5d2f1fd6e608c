package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people, places, organisations and products, found without a trained model: runs of capitalised words
 * ("Tomas Reyes", "Bank of England"), acronyms ("NASA"), words with inner capitals or digits ("OpenJDK", "GPT4"),
 * and a version number after a name ("Java 25"). A capitalised word at the start of a sentence only counts when it
 * is also written capitalised in mid-sentence somewhere. Thread-safe.
 */
public final class EntityExtractor {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.&+'’-]*[\\p{L}\\p{N}+])?");
    /** Lower-case words that may join capitalised ones inside a name. */
    private static final Set<String> CONNECTORS = Set.of("of", "de", "du", "la", "van", "von", "der", "&");
    /** Capitalised words that are not names on their own: pronouns, determiners, days, months, titles. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "this", "that", "these", "those", "a", "an", "i", "he", "she", "it", "we", "they", "you", "his", "her",
            "its", "our", "their", "my", "your", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "there", "here", "but",
            "and", "or", "if", "when", "while", "after", "before", "for", "in", "on", "at", "as", "by", "with", "from",
            "some", "many", "most", "one", "two", "three", "first", "new", "yes", "no", "not", "all", "each", "every");

    private record Word(String text, int start, int end, boolean sentenceStart) {
    }

    /** Up to {@code max} names, the ones mentioned in most texts first, then the most mentioned, then the first seen. */
    public List<String> entities(List<String> texts, int max) {
        List<List<List<Word>>> sentencesOfTexts = new ArrayList<>();
        Set<String> capitalisedMidSentence = new HashSet<>();
        for (String text : texts) {
            List<List<Word>> sentences = new ArrayList<>();
            for (String sentence : Sentences.of(text)) {
                List<Word> words = words(sentence);
                sentences.add(words);
                for (Word w : words) {
                    if (!w.sentenceStart() && isCapitalised(w.text())) {
                        capitalisedMidSentence.add(w.text());
                    }
                }
            }
            sentencesOfTexts.add(sentences);
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // name → {texts mentioning it, mentions}
        for (List<List<Word>> sentences : sentencesOfTexts) {
            Set<String> inThisText = new HashSet<>();
            for (List<Word> sentence : sentences) {
                for (String name : names(sentence, capitalisedMidSentence)) {
                    int[] count = counts.computeIfAbsent(name, n -> new int[2]);
                    count[1]++;
                    if (inThisText.add(name)) {
                        count[0]++;
                    }
                }
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        Comparator<String> byTexts = Comparator.comparingInt(n -> -counts.get(n)[0]);
        order.sort(byTexts.thenComparingInt(n -> -counts.get(n)[1]));
        // A lone letter ("O" of "I/O") is never a name worth showing.
        return order.stream().filter(n -> n.codePointCount(0, n.length()) > 1).limit(Math.max(0, max)).toList();
    }

    private static List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            if (text.endsWith("'s") || text.endsWith("’s")) {
                text = text.substring(0, text.length() - 2);
            }
            words.add(new Word(text, m.start(), m.end(), words.isEmpty()));
        }
        return words;
    }

    /** The names in one sentence: maximal runs of name-like words standing next to each other. */
    private static List<String> names(List<Word> sentence, Set<String> capitalisedMidSentence) {
        List<String> names = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (int i = 0; i <= sentence.size(); i++) {
            Word word = i < sentence.size() ? sentence.get(i) : null;
            boolean continues = word != null && (run.isEmpty() || next(run.getLast(), word));
            if (continues && (isNameLike(word, capitalisedMidSentence) || (!run.isEmpty() && joins(word, sentence, i, capitalisedMidSentence)))) {
                run.add(word);
                continue;
            }
            addName(run, names);
            run.clear();
            if (word != null && isNameLike(word, capitalisedMidSentence)) {
                run.add(word);
            }
        }
        return names;
    }

    /** Two words stand next to each other when only spaces separate them: a comma or a full stop ends a name. */
    private static boolean next(Word previous, Word word) {
        return word.start() - previous.end() <= 1;
    }

    /** A connector between two capitalised words ("Bank of England"), or a version number after a name ("Java 25"). */
    private static boolean joins(Word word, List<Word> sentence, int index, Set<String> capitalisedMidSentence) {
        if (isVersion(word.text())) {
            return true;
        }
        return CONNECTORS.contains(word.text()) && index + 1 < sentence.size()
                && sentence.get(index + 1).start() - word.end() <= 1
                && isNameLike(sentence.get(index + 1), capitalisedMidSentence);
    }

    private static void addName(List<Word> run, List<String> names) {
        int from = 0;
        int to = run.size();
        // "The European Commission" is the European Commission; "Friday" alone is no name.
        while (from < to && (NOT_NAMES.contains(run.get(from).text().toLowerCase(Locale.ROOT)) || CONNECTORS.contains(run.get(from).text()))) {
            from++;
        }
        while (to > from && (NOT_NAMES.contains(run.get(to - 1).text().toLowerCase(Locale.ROOT)) || CONNECTORS.contains(run.get(to - 1).text()))) {
            to--;
        }
        if (from == to || isVersion(run.get(from).text())) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            name.append(i > from ? " " : "").append(run.get(i).text());
        }
        names.add(name.toString());
    }

    private static boolean isNameLike(Word word, Set<String> capitalisedMidSentence) {
        String text = word.text();
        if (isAcronym(text) || isProductLike(text)) {
            return true;
        }
        if (!isCapitalised(text)) {
            return false;
        }
        if (!word.sentenceStart()) {
            return true;
        }
        return !NOT_NAMES.contains(text.toLowerCase(Locale.ROOT)) && capitalisedMidSentence.contains(text);
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** "NASA", "EU", "U.S.": two or more letters, all capitals. */
    private static boolean isAcronym(String word) {
        long letters = word.chars().filter(Character::isLetter).count();
        return letters >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "OpenJDK", "iPhone", "GPT4": a capital after a lower-case letter, or letters and digits mixed. */
    private static boolean isProductLike(String word) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return letters && digits;
    }

    /** A short number such as "25" or "3.1", read as a version when it follows a name. */
    private static boolean isVersion(String word) {
        return word.length() <= 4 && word.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
