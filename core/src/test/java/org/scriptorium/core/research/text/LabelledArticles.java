package org.scriptorium.core.research.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-labelled articles under research/text/dedup: file name, story (same story = near-duplicates), topic. */
public record LabelledArticles(Map<String, String> texts, Map<String, String> story, Map<String, String> topic) {
    public static LabelledArticles load() {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> story = new LinkedHashMap<>();
        Map<String, String> topic = new LinkedHashMap<>();
        for (String line : read("labels.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            texts.put(fields[0], read(fields[0]));
            story.put(fields[0], fields[1]);
            topic.put(fields[0], fields[2]);
        }
        return new LabelledArticles(texts, story, topic);
    }

    public List<String> files() {
        return new ArrayList<>(texts.keySet());
    }

    public boolean sameStory(String a, String b) {
        return story.get(a).equals(story.get(b));
    }

    private static String read(String name) {
        try (InputStream in = LabelledArticles.class.getResourceAsStream("/research/text/dedup/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
