package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClustererTest {
    @Test
    void articlesOnFourStoriesComeOutAsFourNamedTopicsAndTheNoiseInNone() throws IOException {
        Map<String, String> story = new LinkedHashMap<>();
        List<ClusterInput<String>> inputs = topicsFixture(story);

        List<TopicCluster<String>> topics = new TopicClusterer().cluster(inputs, ClusterOptions.defaults());
        topics.forEach(t -> System.out.printf("%s | %s | %s | %s%n", t.name(), t.keywords(), t.entities(), t.members()));

        assertThat(topics).hasSize(4);
        for (TopicCluster<String> topic : topics) {
            String first = story.get(topic.members().getFirst());
            List<String> expected = story.keySet().stream().filter(k -> story.get(k).equals(first)).toList();
            assertThat(topic.members()).as(first).containsExactlyElementsOf(expected);
        }
        assertThat(nameOf(topics, "strike-1")).containsIgnoringCase("rail");
        assertThat(nameOf(topics, "phone-1")).contains("Nimbus X2");
        assertThat(nameOf(topics, "museum-1")).containsAnyOf("Rothmann Museum", "Clara Vogt");
        assertThat(nameOf(topics, "eclipse-1")).containsIgnoringCase("eclipse");
        assertThat(topics.stream().filter(t -> t.members().contains("phone-2")).findFirst().orElseThrow().entities())
                .contains("Orbitel", "Nimbus X2");
    }

    @Test
    void syndicatedCopiesClusterTogetherAndTopicsNeverMix() {
        LabelledArticles articles = LabelledArticles.load();
        List<ClusterInput<String>> inputs = new ArrayList<>();
        articles.texts().forEach((file, text) -> inputs.add(new ClusterInput<>(file, "", text)));

        List<TopicCluster<String>> topics = new TopicClusterer().cluster(inputs, ClusterOptions.defaults());

        assertThat(topics).isEqualTo(new TopicClusterer().cluster(inputs, ClusterOptions.defaults()));
        for (TopicCluster<String> topic : topics) {
            assertThat(new HashSet<>(topic.members().stream().map(articles.topic()::get).toList())).as(topic.name()).hasSize(1);
        }
        for (String file : articles.files()) {
            if (file.contains("-story-")) {
                assertThat(topics).as(file).anyMatch(t -> t.members().containsAll(List.of(
                        file.replaceAll("-[abc]\\.txt$", "-a.txt"), file.replaceAll("-[abc]\\.txt$", "-b.txt"), file)));
            }
        }
    }

    @Test
    void aTopicIsNamedByTheHeadlineThatSaysMostOfItElseByAPhraseFromItsWords() {
        List<String> keywords = List.of("bike lanes", "council", "vote", "downtown");
        assertThat(TopicClusterer.name(keywords, List.of("City Council"), List.of("Lemon cake for a crowd",
                "Council vote on downtown bike lanes set for Tuesday - City Gazette", "Bike lanes: what changes")))
                .isEqualTo("Council vote on downtown bike lanes set for Tuesday"); // the site's name is not the story's
        assertThat(TopicClusterer.name(keywords, List.of(), List.of("Lemon cake for a crowd", "Notes")))
                .isEqualTo("Bike lanes council"); // no headline carries the topic's words: a phrase, capitalised
    }

    private static String nameOf(List<TopicCluster<String>> topics, String member) {
        return topics.stream().filter(t -> t.members().contains(member)).findFirst().orElseThrow().name();
    }

    /** Reads topics.txt into inputs, filling {@code story} with each key's story. */
    private static List<ClusterInput<String>> topicsFixture(Map<String, String> story) throws IOException {
        String text;
        try (InputStream in = TopicClustererTest.class.getResourceAsStream("/research/text/topics.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ClusterInput<String>> inputs = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                String[] keyAndStory = lines[i].substring(3).split(" ");
                inputs.add(new ClusterInput<>(keyAndStory[0], lines[i + 1], lines[i + 2]));
                if (!keyAndStory[1].equals("noise")) {
                    story.put(keyAndStory[0], keyAndStory[1]);
                }
            }
        }
        return inputs;
    }
}
