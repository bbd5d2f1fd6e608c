package org.scriptorium.core.drafts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DraftSearchTest {
    @TempDir
    Path dataDir;

    @Test
    void findsDraftsByTitleBodyAndTagWithWordsTypedInPart() {
        try (Studio studio = Studio.open(dataDir)) {
            DraftService drafts = studio.drafts();
            UUID kotlin = drafts.create(new NewDraft("Why Kotlin coroutines", "Structured concurrency explained.", null, List.of())).id();
            UUID loom = drafts.create(new NewDraft("Virtual threads", "Project Loom makes concurrency cheap.", null, List.of("java"))).id();
            drafts.create(new NewDraft("Gardening", "Tomatoes in spring.", null, List.of()));

            assertThat(ids(drafts.search("concurrency", DraftFilter.ALL))).containsExactlyInAnyOrder(kotlin, loom);
            assertThat(ids(drafts.search("concurr loom", DraftFilter.ALL))).containsExactly(loom);
            assertThat(ids(drafts.search("JAVA", DraftFilter.ALL))).containsExactly(loom);
            assertThat(ids(drafts.search("corout", DraftFilter.ALL))).containsExactly(kotlin);
            assertThat(drafts.search("zebra", DraftFilter.ALL)).isEmpty();

            drafts.saveBody(kotlin, "Now about zebras.");
            assertThat(ids(drafts.search("zebra", DraftFilter.ALL))).containsExactly(kotlin);
            drafts.trash(kotlin);
            assertThat(drafts.search("zebra", DraftFilter.ALL)).isEmpty();
            assertThat(ids(drafts.search("zebra", DraftFilter.TRASH))).containsExactly(kotlin);
        }
    }

    @Test
    void editsMadeWhileTheIndexWasClosedOrLostAreFoundAfterReopening() throws IOException {
        UUID id;
        try (Studio studio = Studio.open(dataDir)) {
            id = studio.drafts().create(new NewDraft("Offline edit", "before", null, List.of())).id();
            studio.drafts().prepareSearch();
        }
        try (Studio studio = Studio.open(dataDir)) {
            // No search has opened the index in this run, so this edit never reaches it directly.
            studio.drafts().saveBody(id, "after the storm");
        }
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(ids(studio.drafts().search("storm", DraftFilter.ALL))).containsExactly(id);
            assertThat(studio.drafts().search("before", DraftFilter.ALL)).isEmpty();
        }
        deleteRecursively(dataDir.resolve("search-index"));
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(ids(studio.drafts().search("storm", DraftFilter.ALL))).containsExactly(id);
        }
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheDatabase() throws IOException {
        UUID id;
        try (Studio studio = Studio.open(dataDir)) {
            id = studio.drafts().create(new NewDraft("Resilient", "survives corruption", null, List.of())).id();
            studio.drafts().prepareSearch();
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("search-index").resolve("drafts"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "garbage");
            }
        }
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(ids(studio.drafts().search("corruption", DraftFilter.ALL))).containsExactly(id);
        }
    }

    private static List<UUID> ids(List<DraftSummary> summaries) {
        return summaries.stream().map(DraftSummary::id).toList();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
