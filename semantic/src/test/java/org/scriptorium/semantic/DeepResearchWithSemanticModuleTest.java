package org.scriptorium.semantic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.deep.DeepResearch;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.rank.InstalledEmbedder;
import org.scriptorium.core.research.rank.Stage;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** With this module on the class path, the studio's deep research ranks its sources by meaning too, and says nothing is missing. */
class DeepResearchWithSemanticModuleTest {
    @TempDir
    Path dataDir;

    @Test
    void deepResearchRanksByMeaningWhenTheModuleIsInstalled() throws Exception {
        try (Studio studio = TestStudios.open(dataDir)) {
            var research = studio.research();
            add(research.documents(), "https://example.org/loaf", "Keeping bread fresh for days",
                    "Bread dries out fastest in the refrigerator. Keep a loaf for two days in a linen bag, slice and freeze the rest, "
                            + "and toast the slices from frozen. Stale crusts make good crumbs.");
            add(research.documents(), "https://example.org/prices", "Bread prices keep climbing",
                    "The price of bread has risen for a third year as flour and energy cost more. Bakeries bake less so that less bread goes stale unsold.");
            add(research.documents(), "https://example.org/staling", "Why bread goes stale",
                    "Staling is starch lining up again after baking and pushing out water, so stale bread turns firm; warming it reverses part of it.");
            var topic = research.topics().create("Stale bread", null);

            DeepResearch.Outcome outcome = research.deepResearch().run(topic.id(), Progress.NONE);

            assertThat(outcome.rankedBy()).contains(Stage.BM25, Stage.DENSE);
            assertThat(outcome.warnings()).doesNotContain(InstalledEmbedder.NOT_INSTALLED);
            assertThat(outcome.report().report().sources()).isNotEmpty();
        }
    }

    private static void add(org.scriptorium.core.research.documents.DocumentStore documents, String url, String title, String text) {
        documents.add(null, new IncomingDocument(null, url, title, null, Instant.parse("2026-11-30T08:00:00Z"), text, text, "en", null, null));
    }
}
