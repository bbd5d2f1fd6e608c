package org.scriptorium.core.writing.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every sentence the offline engine writes itself. Nothing here states a fact: the facts are the research's own
 * sentences, quoted verbatim with their citations; these only frame and join them.
 */
final class DraftTemplates {
    static final String INTRODUCTION = "Introduction";
    static final String OPEN_QUESTIONS = "What we don't know yet";
    static final String CONCLUSION = "Conclusion";
    static final String REFERENCES = "References";

    static final String NOTE = "> Assembled offline from the research, without an AI service: the facts below are "
            + "quoted from the sources with their citations. Rewrite it in your own voice before publishing.";

    /** Put before a point that is not the first of its paragraph, in turn, so the joins vary. */
    static final List<String> TRANSITIONS = List.of("Also, ", "In addition, ", "At the same time, ", "Beyond that, ",
            "On top of that, ", "What is more, ");

    static final String OPEN_QUESTIONS_LEAD = "Not everything is settled yet.";

    private DraftTemplates() {
    }

    /** The conclusion's sentences: they name the topic and the people, places and organisations of the research. */
    static List<String> conclusion(String topic, List<String> entities) {
        List<String> sentences = new ArrayList<>();
        sentences.add("That is where things stand on " + topic.strip() + " for now.");
        if (!entities.isEmpty()) {
            sentences.add("The names to watch are " + listed(entities) + ".");
        }
        sentences.add("The sources below carry the details.");
        return sentences;
    }

    /**
     * A point with a transition in front. Its first word is lower-cased unless it is a name: written with a capital
     * somewhere mid-sentence ({@code names}), an acronym, or "I".
     */
    static String withTransition(String transition, String sentence, Set<String> names) {
        String first = sentence.split("[\\s,;:]+", 2)[0];
        boolean lowerable = !first.isEmpty() && !first.equals("I") && !names.contains(first)
                && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        return transition + (lowerable ? first.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1) : sentence);
    }

    /** Words written with a capital after the start of a sentence: names, which keep their capital after a transition. */
    static Set<String> names(List<String> sentences) {
        Set<String> names = new HashSet<>();
        for (String sentence : sentences) {
            String[] words = sentence.split("[\\s,;:()\"“”]+");
            for (int i = 1; i < words.length; i++) {
                if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                    names.add(words[i].replaceAll("[.!?]+$", ""));
                }
            }
        }
        return names;
    }

    /** The sentence with a transition taken off again, as it was quoted: what checks of verbatim quoting compare. */
    static String withoutTransition(String sentence) {
        for (String transition : TRANSITIONS) {
            if (sentence.startsWith(transition)) {
                String rest = sentence.substring(transition.length());
                return Titles.capitalize(rest);
            }
        }
        return sentence;
    }

    static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
