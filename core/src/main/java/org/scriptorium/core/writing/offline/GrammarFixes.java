package org.scriptorium.core.writing.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes that need no model and are safe to apply blindly: doubled words, stray and doubled spaces, a lower-case
 * "i", a missing capital at a sentence's start, "a"/"an" by the next word's sound, a missing final full stop.
 */
final class GrammarFixes {
    private static final Pattern DOUBLE_SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([,.;:!?])(?!\\.)");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(\\p{L}+)(\\s+)\\1\\b");
    /** Doubles that are correct English. */
    private static final Set<String> REAL_DOUBLES = Set.of("had", "that", "is", "bye", "no", "very", "so");
    private static final Pattern LOWER_I = Pattern.compile("\\bi(?=\\b|['’])(?!\\.e\\.)");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?][\"”')\\]]?\\s+)(\\p{Ll})");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\be\\.g|\\bi\\.e|\\betc|\\bvs|\\bcf)\\.$");
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?)(\\s+)([\\p{L}\\d][\\p{L}\\d'-]*)");
    /** Words written with a vowel that start with a consonant sound, and the reverse ("an hour"). */
    private static final Pattern CONSONANT_SOUND = Pattern.compile("(?i)^(uni|use|usu|uti|eu|ewe|one|once|ur[aeio]|u[bcfgkmst][aeiou])");
    private static final Pattern SILENT_H = Pattern.compile("(?i)^(hour|honest|honou?r|heir)");
    /** Letters whose names start with a vowel sound, for acronyms: "an FBI agent", "an LLM". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private GrammarFixes() {
    }

    static String fix(String text) {
        String out = DOUBLE_SPACES.matcher(text).replaceAll(" ");
        out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
        out = removeDoubledWords(out);
        out = LOWER_I.matcher(out).replaceAll("I");
        out = capitaliseSentenceStarts(out);
        out = fixArticles(out);
        return withFinalStop(out);
    }

    private static String removeDoubledWords(String text) {
        Matcher m = DOUBLED_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            boolean real = REAL_DOUBLES.contains(word.toLowerCase(Locale.ROOT)) || m.group(2).contains("\n");
            m.appendReplacement(out, Matcher.quoteReplacement(real ? m.group() : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String capitaliseSentenceStarts(String text) {
        Matcher m = SENTENCE_START.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean afterAbbreviation = ABBREVIATION.matcher(text.substring(0, m.start(2)).strip()).find();
            String letter = afterAbbreviation ? m.group(2) : m.group(2).toUpperCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + letter));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fixArticles(String text) {
        Matcher m = ARTICLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String article = m.group(1);
            String wanted = startsWithVowelSound(m.group(3)) ? "an" : "a";
            String fixed = Character.isUpperCase(article.charAt(0)) ? Titles.capitalize(wanted) : wanted;
            m.appendReplacement(out, Matcher.quoteReplacement(fixed + m.group(2) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean startsWithVowelSound(String word) {
        boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().allMatch(Character::isLetter);
        if (acronym) {
            return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0;
        }
        if (Character.isDigit(word.charAt(0))) {
            return word.startsWith("8") || word.matches("(11|18)(\\D.*)?|(11|18)\\d\\d(\\d{3})*(\\D.*)?");
        }
        if (SILENT_H.matcher(word).find()) {
            return true;
        }
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 && !CONSONANT_SOUND.matcher(word).find();
    }

    private static String withFinalStop(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return text;
        }
        int last = trimmed.codePointBefore(trimmed.length());
        boolean needsStop = Character.isLetterOrDigit(last) || last == ']' || last == ')' || last == '"' || last == '”';
        return needsStop ? trimmed + "." : trimmed;
    }
}
