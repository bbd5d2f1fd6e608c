package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups documents into topics: TF-IDF vectors (title counted twice), cosine similarity, and average-linkage
 * agglomerative clustering — the two groups with the highest average similarity merge until none reaches the
 * threshold. Average linkage keeps one shared word from chaining unrelated stories together. Each topic is named
 * from its keywords and names. Deterministic; thread-safe (no state between calls).
 */
public final class TopicClusterer {
    /** Pairs below this share of the threshold count as unrelated, so the similarity graph stays sparse. */
    private static final double EDGE_FLOOR = 1.0 / 3;
    private static final int NAME_WORDS = 4;

    private final KeywordExtractor keywords = new KeywordExtractor();
    private final EntityExtractor entities = new EntityExtractor();

    /** The topics, largest first (ties: the one whose first member comes first); documents in no topic are left out. */
    public <K> List<TopicCluster<K>> cluster(List<ClusterInput<K>> inputs, ClusterOptions options) {
        List<TfIdfVectors.Vector> vectors = TfIdfVectors.of(inputs);
        List<List<Integer>> groups = averageLinkage(vectors, options.similarityThreshold());
        groups.removeIf(g -> g.size() < options.minSize());
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.getFirst()));
        groups = groups.subList(0, Math.min(groups.size(), options.maxTopics()));
        // Each document is cut into terms once; each topic's background is every document outside it.
        Terms.DisplayForms display = new Terms.DisplayForms();
        List<List<String>> grams = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (ClusterInput<K> input : inputs) {
            List<String> documentGrams = KeywordExtractor.grams(fullText(input), display);
            grams.add(documentGrams);
            for (String gram : new HashSet<>(documentGrams)) {
                documentFrequency.merge(gram, 1, Integer::sum);
            }
        }
        List<TopicCluster<K>> topics = new ArrayList<>();
        for (List<Integer> group : groups) {
            topics.add(describe(inputs, group, grams, documentFrequency, display));
        }
        return topics;
    }

    private static List<List<Integer>> averageLinkage(List<TfIdfVectors.Vector> vectors, double threshold) {
        int n = vectors.size();
        List<Map<Integer, Double>> links = similarityGraph(vectors, threshold * EDGE_FLOOR);
        int[] size = new int[n];
        int[] version = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        PriorityQueue<Merge> queue = new PriorityQueue<>();
        for (int a = 0; a < n; a++) {
            size[a] = 1;
            members.add(new ArrayList<>(List.of(a)));
            for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
                if (link.getKey() > a && link.getValue() >= threshold) {
                    queue.add(new Merge(link.getValue(), a, link.getKey(), 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Merge merge = queue.poll();
            int a = merge.a();
            int b = merge.b();
            if (size[a] == 0 || size[b] == 0 || version[a] != merge.versionA() || version[b] != merge.versionB()) {
                continue; // one side has merged since this pair was scored
            }
            // b joins a: a's links to every neighbour become the sums of both.
            links.get(a).remove(b);
            links.get(b).remove(a);
            for (Map.Entry<Integer, Double> link : links.get(b).entrySet()) {
                links.get(a).merge(link.getKey(), link.getValue(), Double::sum);
                links.get(link.getKey()).remove(b);
            }
            links.get(b).clear();
            size[a] += size[b];
            size[b] = 0;
            version[a]++;
            members.get(a).addAll(members.get(b));
            members.get(b).clear();
            for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
                int c = link.getKey();
                links.get(c).put(a, link.getValue());
                double average = link.getValue() / ((double) size[a] * size[c]);
                if (average >= threshold) {
                    queue.add(a < c ? new Merge(average, a, c, version[a], version[c]) : new Merge(average, c, a, version[c], version[a]));
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> group : members) {
            if (!group.isEmpty()) {
                group.sort(null);
                groups.add(group);
            }
        }
        return groups;
    }

    /** Cosine similarities of at least {@code floor}, each pair in both directions, via an inverted index. */
    private static List<Map<Integer, Double>> similarityGraph(List<TfIdfVectors.Vector> vectors, double floor) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int doc = 0; doc < vectors.size(); doc++) {
            for (int term : vectors.get(doc).terms()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(doc);
            }
        }
        int[] comparedWith = new int[vectors.size()];
        Arrays.fill(comparedWith, -1);
        List<Map<Integer, Double>> links = new ArrayList<>();
        for (int doc = 0; doc < vectors.size(); doc++) {
            links.add(new HashMap<>());
        }
        for (int doc = 0; doc < vectors.size(); doc++) {
            TfIdfVectors.Vector vector = vectors.get(doc);
            for (int term : vector.terms()) {
                for (int other : postings.get(term)) {
                    if (other > doc && comparedWith[other] != doc) {
                        comparedWith[other] = doc;
                        double similarity = vector.dot(vectors.get(other));
                        if (similarity >= floor) {
                            links.get(doc).put(other, similarity);
                            links.get(other).put(doc, similarity);
                        }
                    }
                }
            }
        }
        return links;
    }

    private record Merge(double average, int a, int b, int versionA, int versionB) implements Comparable<Merge> {
        @Override
        public int compareTo(Merge other) {
            int byAverage = Double.compare(other.average, average);
            if (byAverage != 0) {
                return byAverage;
            }
            return a != other.a ? Integer.compare(a, other.a) : Integer.compare(b, other.b);
        }
    }

    private <K> TopicCluster<K> describe(List<ClusterInput<K>> inputs, List<Integer> group, List<List<String>> grams,
                                         Map<String, Integer> documentFrequency, Terms.DisplayForms display) {
        List<List<String>> memberGrams = group.stream().map(grams::get).toList();
        Map<String, Integer> memberFrequency = new HashMap<>();
        for (List<String> documentGrams : memberGrams) {
            for (String gram : new HashSet<>(documentGrams)) {
                memberFrequency.merge(gram, 1, Integer::sum);
            }
        }
        Map<String, Integer> background = new HashMap<>();
        memberFrequency.forEach((gram, inGroup) -> background.put(gram, documentFrequency.get(gram) - inGroup));
        List<String> topKeywords = keywords.keywords(memberGrams, background, inputs.size() - group.size(), 8, display);
        List<String> names = entities.entities(group.stream().map(i -> fullText(inputs.get(i))).toList(), 5);
        List<K> keys = group.stream().map(i -> inputs.get(i).key()).toList();
        List<String> headlines = group.stream().map(i -> inputs.get(i).title()).toList();
        return new TopicCluster<>(keys, name(topKeywords, names, headlines), topKeywords, names);
    }

    private static String fullText(ClusterInput<?> input) {
        return (input.title() == null ? "" : input.title()) + "\n" + (input.text() == null ? "" : input.text());
    }

    /** Headlines longer than this read as a paragraph in a list of topics. */
    private static final int LONGEST_HEADLINE = 90;
    /** " - Site name" or " | Site name" after a headline: the publisher's, not the story's. */
    private static final java.util.regex.Pattern SITE_SUFFIX = java.util.regex.Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");

    /**
     * A topic's name as a reader would write it: the member headline that says most of what the topic is about (its
     * top keywords and names, the stronger ones counting more; of equals, the shorter), without the site's name
     * after it. When no headline carries the topic's words, a phrase from them ({@link #keywordName}).
     */
    static String name(List<String> keywords, List<String> entities, List<String> headlines) {
        String best = null;
        int bestScore = 0;
        for (String headline : headlines) {
            String clean = headline == null ? "" : SITE_SUFFIX.matcher(headline.strip()).replaceFirst("").strip();
            int words = clean.isEmpty() ? 0 : clean.split("\\s+").length;
            if (words < 3 || clean.length() > LONGEST_HEADLINE) {
                continue;
            }
            int score = coverage(clean, keywords, entities);
            if (score > bestScore || (score == bestScore && score > 0 && clean.length() < best.length())) {
                best = clean;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        String phrase = keywordName(keywords, entities, headlines.isEmpty() ? null : headlines.getFirst());
        return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
    }

    /** How much of the topic a headline names: each of the top five keywords by rank (5 down to 1), each top name 3. */
    private static int coverage(String headline, List<String> keywords, List<String> entities) {
        String lower = " " + headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        int score = 0;
        for (int k = 0; k < Math.min(5, keywords.size()); k++) {
            if (lower.contains(" " + keywords.get(k).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")) {
                score += 5 - k;
            }
        }
        for (String entity : entities.subList(0, Math.min(3, entities.size()))) {
            if (lower.contains(" " + entity.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")) {
                score += 3;
            }
        }
        return score;
    }

    /**
     * "Java 25 virtual threads": the leading name if it is also among the top keywords, then keywords none of whose
     * words are in the name yet, up to four words. Without keywords, the first member's title.
     */
    static String keywordName(List<String> keywords, List<String> entities, String firstTitle) {
        List<String> parts = new ArrayList<>();
        List<String> top = keywords.subList(0, Math.min(3, keywords.size()));
        for (String entity : entities) {
            String lower = entity.toLowerCase(Locale.ROOT);
            if (top.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)) || k.toLowerCase(Locale.ROOT).contains(lower))) {
                parts.add(entity);
                break;
            }
        }
        for (String keyword : keywords) {
            if (wordCount(parts) >= NAME_WORDS - 1) {
                break;
            }
            String joined = String.join(" ", parts).toLowerCase(Locale.ROOT);
            boolean adds = List.of(keyword.toLowerCase(Locale.ROOT).split(" ")).stream().noneMatch(w -> containsWord(joined, w));
            if (adds && wordCount(parts) + keyword.split(" ").length <= NAME_WORDS) {
                parts.add(keyword);
            }
        }
        if (parts.isEmpty()) {
            return firstTitle == null ? "" : firstTitle.strip();
        }
        return String.join(" ", parts);
    }

    private static boolean containsWord(String text, String word) {
        return List.of(text.split(" ")).contains(word);
    }

    private static int wordCount(List<String> parts) {
        return parts.stream().mapToInt(p -> p.split(" ").length).sum();
    }
}
