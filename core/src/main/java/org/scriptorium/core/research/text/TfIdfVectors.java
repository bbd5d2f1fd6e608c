package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unit-length TF-IDF vectors of documents, sparse (term ids ascending), with the title's terms counted twice. */
final class TfIdfVectors {
    static final double TITLE_WEIGHT = 2;

    record Vector(int[] terms, double[] weights) {
        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] == other.terms[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (terms[i] < other.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }

    private TfIdfVectors() {
    }

    static List<Vector> of(List<? extends ClusterInput<?>> inputs) {
        Map<String, Integer> ids = new HashMap<>();
        List<Map<Integer, Double>> counts = new ArrayList<>();
        int[] documentFrequency = new int[0];
        for (ClusterInput<?> input : inputs) {
            Map<Integer, Double> tf = new HashMap<>();
            addTerms(input.title() == null ? "" : input.title(), TITLE_WEIGHT, ids, tf);
            addTerms(input.text() == null ? "" : input.text(), 1, ids, tf);
            counts.add(tf);
            if (documentFrequency.length < ids.size()) {
                documentFrequency = Arrays.copyOf(documentFrequency, Math.max(ids.size(), documentFrequency.length * 2));
            }
            for (int term : tf.keySet()) {
                documentFrequency[term]++;
            }
        }
        List<Vector> vectors = new ArrayList<>(inputs.size());
        double n = inputs.size();
        for (Map<Integer, Double> tf : counts) {
            int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] weights = new double[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                double idf = Math.log((n + 1) / (documentFrequency[terms[i]] + 1)) + 1;
                weights[i] = (1 + Math.log(tf.get(terms[i]))) * idf;
                norm += weights[i] * weights[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < weights.length && norm > 0; i++) {
                weights[i] /= norm;
            }
            vectors.add(new Vector(terms, weights));
        }
        return vectors;
    }

    private static void addTerms(String text, double weight, Map<String, Integer> ids, Map<Integer, Double> tf) {
        for (String term : Terms.of(text)) {
            if (term.length() > 1 && !Terms.isNumber(term)) {
                tf.merge(ids.computeIfAbsent(term, t -> ids.size()), weight, Double::sum);
            }
        }
    }
}
