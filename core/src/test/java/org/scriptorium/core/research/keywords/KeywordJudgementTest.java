package org.scriptorium.core.research.keywords;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.research.topics.SearchIntent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Intent and clusters against phrases labelled by hand (research/keywords/*.tsv): what a searcher typing each wants. */
class KeywordJudgementTest {

    @Test
    void everyLabelledPhraseGetsTheIntentAPersonWouldGiveIt() throws IOException {
        Map<String, String> labelled = read("intents.tsv");
        List<String> wrong = new ArrayList<>();
        labelled.forEach((phrase, expected) -> {
            if (SearchIntent.of(phrase) != SearchIntent.valueOf(expected)) {
                wrong.add(phrase + ": " + SearchIntent.of(phrase) + ", labelled " + expected);
            }
        });
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void phrasesAskingForTheSameThingShareAClusterAndOthersDoNot() throws IOException {
        Map<String, String> labelled = read("clusters.tsv");
        List<String> phrases = new ArrayList<>(labelled.keySet());
        Map<String, Integer> demand = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            demand.put(phrases.get(i), 100 - i);
        }
        Map<String, String> clusterOf = KeywordClusters.of(phrases, KeywordClusters.seedWords("sourdough starter"), demand::get);

        for (String a : phrases) {
            for (String b : phrases) {
                boolean same = labelled.get(a).equals(labelled.get(b));
                assertThat(clusterOf.get(a).equals(clusterOf.get(b))).as("%s / %s", a, b).isEqualTo(same);
            }
        }
        // A cluster is named by its most searched phrase.
        assertThat(clusterOf.get("easy sourdough starter recipe")).isEqualTo("sourdough starter recipe");
        assertThat(clusterOf.get("sourdough starter smell")).isEqualTo("sourdough starter smells like acetone");
    }

    private static Map<String, String> read(String name) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = KeywordJudgementTest.class.getResourceAsStream("/research/keywords/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    rows.put(parts[0], parts[1]);
                }
            }
        }
        return rows;
    }
}
