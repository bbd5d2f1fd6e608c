package org.scriptorium.benchmarks;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** A reproducible long-form Markdown draft with the mix of syntax a real blog post has. */
final class SampleDraft {

    private static final List<String> WORDS = List.of(
            "the", "a", "of", "and", "to", "in", "for", "with", "on", "that", "is", "was", "it", "we", "our",
            "draft", "reader", "writer", "editor", "story", "chapter", "idea", "notes", "research", "source",
            "quote", "argument", "evidence", "summary", "outline", "structure", "voice", "tone", "audience",
            "headline", "paragraph", "sentence", "rhythm", "clarity", "detail", "example", "context", "claim",
            "morning", "library", "archive", "manuscript", "margin", "ink", "paper", "desk", "window", "coffee",
            "build", "ship", "measure", "learn", "write", "rewrite", "publish", "schedule", "review", "collect",
            "simple", "quiet", "careful", "honest", "useful", "small", "long", "early", "late", "clear", "local",
            "because", "although", "however", "often", "rarely", "always", "never", "still", "already", "again",
            "data", "cache", "index", "search", "query", "sync", "server", "device", "offline", "network",
            "history", "version", "change", "mistake", "lesson", "habit", "practice", "craft", "tool", "method");

    private static final List<String> CODE = List.of(
            """
            ```java
            record Draft(String title, String body) {
                int words() {
                    return body.isBlank() ? 0 : body.trim().split("\\\\s+").length;
                }
            }
            ```
            """,
            """
            ```sql
            SELECT title, updated_at
              FROM drafts
             WHERE deleted_at IS NULL
             ORDER BY updated_at DESC
             LIMIT 20;
            ```
            """,
            """
            ```bash
            ./scriptorium export --format html --out site/ "drafts/*.md"
            ```
            """);

    private final RandomGenerator random;
    private final StringBuilder out = new StringBuilder();
    private int words;

    private SampleDraft(long seed) {
        this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** A draft of at least {@code targetWords} words of prose, identical for the same seed. */
    static String generate(int targetWords, long seed) {
        SampleDraft draft = new SampleDraft(seed);
        draft.frontMatter();
        draft.out.append("# ").append(draft.title()).append("\n\n");
        int section = 0;
        while (draft.words < targetWords) {
            draft.section(section++);
        }
        return draft.out.toString();
    }

    private void frontMatter() {
        out.append("---\ntitle: A long draft\ntags: [writing, benchmark]\ndate: 2025-01-01\n---\n");
    }

    private void section(int index) {
        out.append("## ").append(title()).append("\n\n");
        paragraphs(2 + random.nextInt(3));
        switch (index % 6) {
            case 0 -> bulletList();
            case 1 -> out.append(CODE.get(index % CODE.size())).append('\n');
            case 2 -> numberedList();
            case 3 -> blockquote();
            case 4 -> taskList();
            default -> image(index);
        }
        if (index == 3) {
            table();
        }
        out.append("### ").append(title()).append("\n\n");
        paragraphs(1 + random.nextInt(3));
    }

    private void paragraphs(int count) {
        for (int i = 0; i < count; i++) {
            int sentences = 4 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                out.append(sentence(8 + random.nextInt(13))).append(' ');
            }
            out.setLength(out.length() - 1);
            out.append("\n\n");
        }
    }

    private String sentence(int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = word();
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            if (i > 0) {
                sentence.append(' ');
            }
            sentence.append(inline(word, i));
        }
        return sentence.append('.').toString();
    }

    /** Occasional emphasis, strong, code spans, links and bare URLs, as in real prose. */
    private String inline(String word, int position) {
        if (position == 0) {
            return word;
        }
        return switch (random.nextInt(40)) {
            case 0 -> "*" + word + "*";
            case 1 -> "**" + word + "**";
            case 2 -> "`" + word + "()`";
            case 3 -> "[" + word + "](https://example.com/" + word + "/" + random.nextInt(1000) + ")";
            case 4 -> "[" + word + "](#" + word + ")";
            case 5 -> "~~" + word + "~~";
            case 6 -> word + " (see https://example.org/notes/" + random.nextInt(100) + ")";
            default -> word;
        };
    }

    private String word() {
        words++;
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String title() {
        String title = sentence(3 + random.nextInt(4));
        return title.substring(0, title.length() - 1);
    }

    private void bulletList() {
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
            out.append("- ").append(sentence(5 + random.nextInt(8))).append('\n');
            if (i == 1) {
                out.append("  - ").append(sentence(4 + random.nextInt(4))).append('\n');
            }
        }
        out.append('\n');
    }

    private void numberedList() {
        for (int i = 1, n = 3 + random.nextInt(3); i <= n; i++) {
            out.append(i).append(". ").append(sentence(6 + random.nextInt(8))).append('\n');
        }
        out.append('\n');
    }

    private void taskList() {
        for (int i = 0, n = 3 + random.nextInt(3); i < n; i++) {
            out.append(random.nextBoolean() ? "- [x] " : "- [ ] ").append(sentence(4 + random.nextInt(5))).append('\n');
        }
        out.append('\n');
    }

    private void blockquote() {
        out.append("> ").append(sentence(12 + random.nextInt(10))).append('\n')
                .append("> ").append(sentence(10 + random.nextInt(10))).append("\n\n");
    }

    private void image(int index) {
        out.append("![").append(title()).append("](https://images.example.com/figure-")
                .append(index).append(".jpg \"Figure ").append(index).append("\")\n\n");
    }

    private void table() {
        out.append("| Step | Owner | Status | Notes |\n|:-----|:-----:|-------:|-------|\n");
        for (int row = 1; row <= 10; row++) {
            out.append("| ").append(row).append(" | ").append(word()).append(" | ")
                    .append(random.nextBoolean() ? "done" : "open").append(" | ")
                    .append(sentence(4 + random.nextInt(4))).append(" |\n");
        }
        out.append('\n');
    }
}
