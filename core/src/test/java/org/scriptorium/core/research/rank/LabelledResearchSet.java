package org.scriptorium.core.research.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled research corpus (research/rank/ in the test resources): short documents across many subjects, queries
 * written against them, and graded judgements per query (2 answers it, 1 touches on it, 0 a near-miss that shares the
 * query's words; unjudged documents count 0). Each query's answer is written in other words than the query's, and some
 * answers have a near-duplicate, named in the corpus, so that words alone rank imperfectly and copies crowd a list.
 */
public record LabelledResearchSet(List<Candidate> documents, Map<String, String> queries, Map<String, Map<String, Integer>> judgements,
                                  Map<String, String> duplicateOf) {
    private static final String FOLDER = "/research/rank/";

    public static LabelledResearchSet load() {
        List<Candidate> documents = new ArrayList<>();
        Map<String, String> duplicateOf = new HashMap<>();
        for (String[] row : rows("corpus.tsv")) {
            documents.add(new Candidate(row[0], row[1], row[2]));
            if (row.length > 3 && !row[3].isBlank()) {
                duplicateOf.put(row[0], row[3]);
            }
        }
        Map<String, String> queries = new LinkedHashMap<>();
        rows("queries.tsv").forEach(row -> queries.put(row[0], row[1]));
        Map<String, Map<String, Integer>> judgements = new LinkedHashMap<>();
        rows("judgements.tsv").forEach(row -> judgements.computeIfAbsent(row[0], q -> new HashMap<>()).put(row[1], Integer.parseInt(row[2])));
        return new LabelledResearchSet(List.copyOf(documents), queries, judgements, duplicateOf);
    }

    /** The rows of a tab-separated file of the set, its header left out. */
    private static List<String[]> rows(String file) {
        InputStream in = LabelledResearchSet.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The labelled research set has no " + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int grade(String query, String document) {
        return judgements.getOrDefault(query, Map.of()).getOrDefault(document, 0);
    }

    /** The document a near-duplicate copies, or the document itself: one answer however many copies it has. */
    public String original(String document) {
        return duplicateOf.getOrDefault(document, document);
    }
}
