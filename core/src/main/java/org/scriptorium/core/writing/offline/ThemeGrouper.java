package org.scriptorium.core.writing.offline;

import org.scriptorium.core.research.text.KeywordExtractor;
import org.scriptorium.core.research.text.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups key points into themes by the terms they share (average-linkage clustering, the topic's own words left
 * out since every point shares them), and names each theme from its keywords. Deterministic.
 */
final class ThemeGrouper {
    /** Average Jaccard similarity of term sets from which two groups of points make one theme. */
    static final double THRESHOLD = 0.08;
    static final int MAX_THEMES = 4;
    static final String OTHER_FINDINGS = "Other findings";
    static final Pattern CITATION = Pattern.compile("\\s?\\[\\d{1,4}(?:\\s*,\\s*\\d{1,4})*]");

    record Theme(String heading, List<String> points) {
    }

    private final KeywordExtractor keywords = new KeywordExtractor();

    List<Theme> group(List<String> points, String topic) {
        Set<String> topicTerms = new HashSet<>(Terms.of(topic));
        List<Set<String>> terms = new ArrayList<>();
        for (String point : points) {
            Set<String> t = new HashSet<>(Terms.of(withoutCitations(point)));
            t.removeAll(topicTerms);
            t.removeIf(term -> term.chars().anyMatch(Character::isDigit)); // "40 percent" and "40 million" share nothing
            terms.add(t);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        mergeWhileSimilar(groups, terms);
        List<List<Integer>> themes = new ArrayList<>(groups.stream().filter(g -> g.size() > 1).toList());
        List<List<Integer>> singles = groups.stream().filter(g -> g.size() == 1).toList();
        if (themes.isEmpty()) {
            themes.add(new ArrayList<>(singles.stream().flatMap(List::stream).sorted().toList()));
            singles = List.of();
        }
        while (themes.size() > MAX_THEMES) {
            mergeSmallest(themes, terms);
        }
        // A point alike to no other joins the theme it shares most with, or else a section of its own kind.
        List<List<Integer>> settled = themes.stream().map(ArrayList::new).map(g -> (List<Integer>) g).toList();
        List<Integer> others = new ArrayList<>();
        for (List<Integer> single : singles) {
            int target = -1;
            double best = 0;
            for (int i = 0; i < settled.size(); i++) {
                double s = averageSimilarity(single, settled.get(i), terms);
                if (s > best) {
                    best = s;
                    target = i;
                }
            }
            if (target < 0) {
                others.addAll(single);
            } else {
                themes.get(target).addAll(single);
            }
        }
        themes.forEach(g -> g.sort(Integer::compare));
        groups = themes;
        groups.sort(Comparator.comparingInt(List::getFirst));
        List<Theme> result = new ArrayList<>();
        Set<String> usedHeadings = new HashSet<>(Set.of(OTHER_FINDINGS.toLowerCase(Locale.ROOT)));
        for (List<Integer> group : groups) {
            List<String> own = group.stream().map(points::get).toList();
            List<String> rest = new ArrayList<>(points);
            rest.removeAll(own);
            result.add(new Theme(heading(own, rest, topicTerms, usedHeadings), own));
        }
        if (!others.isEmpty()) {
            result.add(new Theme(OTHER_FINDINGS, others.stream().sorted().map(points::get).toList()));
        }
        return result;
    }

    static String withoutCitations(String text) {
        return CITATION.matcher(text).replaceAll("");
    }

    private static void mergeWhileSimilar(List<List<Integer>> groups, List<Set<String>> terms) {
        while (groups.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = THRESHOLD;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double s = averageSimilarity(groups.get(a), groups.get(b), terms);
                    if (s >= best && (bestA < 0 || s > best)) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                return;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
    }

    /** Too many themes for one post: the smallest joins the theme it is most like. */
    private static void mergeSmallest(List<List<Integer>> groups, List<Set<String>> terms) {
        int smallest = 0;
        for (int i = 1; i < groups.size(); i++) {
            if (groups.get(i).size() < groups.get(smallest).size()) {
                smallest = i;
            }
        }
        List<Integer> small = groups.remove(smallest);
        int target = 0;
        double best = -1;
        for (int i = 0; i < groups.size(); i++) {
            double s = averageSimilarity(small, groups.get(i), terms);
            if (s > best) {
                best = s;
                target = i;
            }
        }
        groups.get(target).addAll(small);
        groups.get(target).sort(Integer::compare);
    }

    private static double averageSimilarity(List<Integer> a, List<Integer> b, List<Set<String>> terms) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += jaccard(terms.get(i), terms.get(j));
            }
        }
        return sum / (a.size() * b.size());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** "Cell costs and recycling": the theme's keywords that are not the topic's words, else its commonest term. */
    private String heading(List<String> own, List<String> rest, Set<String> topicTerms, Set<String> used) {
        List<String> candidates = keywords.keywords(own.stream().map(ThemeGrouper::withoutCitations).toList(),
                        rest.stream().map(ThemeGrouper::withoutCitations).toList(), 6).stream()
                .filter(k -> !topicTerms.containsAll(Terms.of(k)))
                .filter(k -> !Terms.of(k).isEmpty() && Terms.of(k).stream().noneMatch(t -> t.matches("\\d+")))
                .toList();
        if (candidates.isEmpty()) {
            candidates = commonestTerms(own, topicTerms);
        }
        List<String> chosen = new ArrayList<>();
        for (String candidate : candidates) {
            if (chosen.size() == 2) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).contains(candidate.toLowerCase(Locale.ROOT)))) {
                chosen.add(candidate);
            }
        }
        String heading = chosen.isEmpty() ? "Key points" : Titles.capitalize(String.join(" and ", chosen));
        for (int n = 2; !used.add(heading.toLowerCase(Locale.ROOT)); n++) {
            heading = (chosen.isEmpty() ? "Key points" : Titles.capitalize(chosen.getFirst())) + " (" + n + ")";
        }
        return heading;
    }

    private static List<String> commonestTerms(List<String> points, Set<String> topicTerms) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> surfaces = new TreeMap<>();
        for (String point : points) {
            for (Terms.Token token : Terms.tokens(withoutCitations(point))) {
                if (!topicTerms.contains(token.term()) && token.term().length() > 2 && !token.term().matches("\\d+")) {
                    counts.merge(token.term(), 1, Integer::sum);
                    surfaces.putIfAbsent(token.term(), token.surface().toLowerCase(Locale.ROOT));
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> surfaces.get(e.getKey())).limit(2).toList();
    }
}
