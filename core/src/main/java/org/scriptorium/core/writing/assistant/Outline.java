package org.scriptorium.core.writing.assistant;

import java.util.List;

/** A post's plan: a working title and its sections, each with the points (citations kept) it should make. */
public record Outline(String title, List<Section> sections) {
    public record Section(String heading, List<String> points) {
        public Section {
            points = List.copyOf(points);
        }
    }

    public Outline {
        sections = List.copyOf(sections);
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n");
        for (Section s : sections) {
            md.append("\n## ").append(s.heading()).append("\n\n");
            s.points().forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }
}
