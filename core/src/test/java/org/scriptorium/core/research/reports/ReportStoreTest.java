package org.scriptorium.core.research.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.topics.TopicSummary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void aCitationWithoutASourceIsRemovedBeforeItIsEverShown() {
        try (Studio studio = TestStudios.open(dataDir)) {
            TopicSummary topic = studio.research().topics().create("Solar roofs", null);
            ReportSource only = new ReportSource(1, null, "https://example.org/solar", "Solar roofs pay back", "Excerpt", Instant.now());
            ResearchReport written = new ResearchReport("Panels pay back in eight years [1]. Some say four [7].",
                    List.of("Prices fell [1, 3]", "Nobody knows [9]"), List.of("Will tariffs change? [2]"), List.of(only));

            StoredReport stored = studio.research().reports().save(topic.id(), "solar roofs", "extractive", written);

            assertThat(stored.report().summary()).isEqualTo("Panels pay back in eight years [1]. Some say four.");
            assertThat(stored.report().keyPoints()).containsExactly("Prices fell [1]", "Nobody knows");
            assertThat(stored.report().openQuestions()).containsExactly("Will tariffs change?");
            assertThat(studio.research().reports().current(topic.id())).get()
                    .satisfies(r -> assertThat(r.report()).isEqualTo(stored.report()));
        }
    }
}
