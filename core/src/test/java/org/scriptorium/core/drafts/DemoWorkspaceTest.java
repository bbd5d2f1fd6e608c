package org.scriptorium.core.drafts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorkspaceTest {
    @TempDir
    Path dataDir;

    @Test
    void theDemoWorkspaceOpensOnceWithItsSampleDrafts() {
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.demo().install()).extracting(DraftTransfer.Imported::outcome).containsOnly(DraftTransfer.Outcome.CREATED).hasSize(4);
            assertThat(studio.demo().install()).extracting(DraftTransfer.Imported::outcome).containsOnly(DraftTransfer.Outcome.UNCHANGED);
            assertThat(studio.drafts().counts()).isEqualTo(new DraftCounts(4, 0));
            assertThat(studio.drafts().list(DraftFilter.ALL.withTag("guide"))).extracting(DraftSummary::title)
                    .containsExactly("Welcome to Scriptorium");
        }
    }
}
