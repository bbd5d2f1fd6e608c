package org.scriptorium.core.drafts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftTransferTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;
    @TempDir
    Path folder;

    private static final String TRICKY_BODY = "---\nits: own front matter\n---\n# Heading\n\nTabs\tand \"quotes\": yes, #hash\n\nno final newline";

    @Test
    void exportingThenImportingChangesNothingAndDuplicatesNothing() throws IOException {
        try (Studio studio = Studio.open(dataDir)) {
            DraftDocument original = studio.drafts().create(new NewDraft("Title: with colon", TRICKY_BODY, DraftStatus.READY, List.of("a b", "c")));
            List<DraftTransfer.Exported> files = studio.transfer().export(folder, List.of());
            assertThat(files).hasSize(1);
            String exported = Files.readString(files.getFirst().file());
            assertThat(exported).startsWith("---\nid: " + original.id()).endsWith("no final newline");

            List<DraftTransfer.Imported> imported = studio.transfer().importPaths(List.of(folder));

            assertThat(imported).extracting(DraftTransfer.Imported::outcome).containsExactly(DraftTransfer.Outcome.UNCHANGED);
            assertThat(studio.drafts().list(DraftFilter.ALL)).hasSize(1);
            DraftDocument after = studio.drafts().get(original.id());
            assertThat(after).isEqualTo(original);
            studio.transfer().export(folder, List.of());
            assertThat(Files.readString(files.getFirst().file())).isEqualTo(exported);
        }
    }

    @Test
    void importingOnAnotherMachineKeepsTheIdAndReimportingAnEditedFileUpdatesIt() throws IOException {
        Path file;
        UUID id;
        try (Studio studio = Studio.open(dataDir)) {
            id = studio.drafts().create(new NewDraft("Travels", "Body text", DraftStatus.DRAFT, List.of("trip"))).id();
            studio.drafts().planPublishing(id, java.time.LocalDate.of(2026, 12, 1));
            file = studio.transfer().export(folder, List.of(id)).getFirst().file();
        }
        try (Studio other = Studio.open(otherDataDir)) {
            assertThat(other.transfer().importPaths(List.of(file))).extracting(DraftTransfer.Imported::outcome)
                    .containsExactly(DraftTransfer.Outcome.CREATED);
            assertThat(other.drafts().get(id).body()).isEqualTo("Body text");
            assertThat(other.drafts().get(id).tags()).containsExactly("trip");
            assertThat(other.drafts().get(id).plannedOn()).isEqualTo("2026-12-01"); // its day on the calendar travels too

            Files.writeString(file, Files.readString(file).replace("status: draft", "status: published").replace("Body text", "Edited")
                    .replace("publish: 2026-12-01", "publish: 2026-12-08"));
            assertThat(other.transfer().importPaths(List.of(file))).extracting(DraftTransfer.Imported::outcome)
                    .containsExactly(DraftTransfer.Outcome.UPDATED);
            assertThat(other.drafts().get(id).status()).isEqualTo(DraftStatus.PUBLISHED);
            assertThat(other.drafts().get(id).body()).isEqualTo("Edited");
            assertThat(other.drafts().get(id).plannedOn()).isEqualTo("2026-12-08");
            assertThat(other.drafts().list(DraftFilter.ALL)).hasSize(1);
            assertThat(other.drafts().revisions(id)).extracting(RevisionSummary::reason)
                    .containsExactly(RevisionReason.IMPORTED, RevisionReason.IMPORTED);
        }
    }

    @Test
    void anExportWithAnUnknownIdWritesNothing() {
        Path target = folder.resolve("out");
        try (Studio studio = Studio.open(dataDir)) {
            UUID known = studio.drafts().create(NewDraft.titled("Known")).id();
            UUID unknown = UUID.fromString("0190aaaa-0000-7000-8000-000000000000");

            assertThatThrownBy(() -> studio.transfer().export(target, List.of(known, unknown)))
                    .isInstanceOf(DraftNotFound.class).hasMessageContaining(unknown.toString());
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aPlainMarkdownFileTakesItsTitleFromTheFirstHeadingAndIsNotImportedTwice() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.md"), "Intro\n\n# The real title\n\nText.");
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.transfer().importPaths(List.of(file)).getFirst().title()).isEqualTo("The real title");
            assertThat(studio.transfer().importPaths(List.of(file)).getFirst().outcome()).isEqualTo(DraftTransfer.Outcome.UNCHANGED);
            assertThat(studio.drafts().list(DraftFilter.ALL)).hasSize(1);
        }
    }

    @Test
    void aBadFileInTheBatchIsRefusedAndNothingIsImported() throws IOException {
        Files.writeString(folder.resolve("a-good.md"), "---\ntitle: Good\n---\nfine");
        Files.writeString(folder.resolve("b-bad.md"), "---\ntitle: Bad\nstatus: finished\n---\nbody");
        Path binary = Files.write(folder.resolve("c.md"), new byte[]{(byte) 0xC3, (byte) 0x28, 0});
        try (Studio studio = Studio.open(dataDir)) {
            assertThatThrownBy(() -> studio.transfer().importPaths(List.of(folder)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("b-bad.md").hasMessageContaining("finished");
            Path badDay = Files.writeString(folder.resolve("d-day.md"), "---\ntitle: Day\npublish: next tuesday\n---\nbody");
            assertThatThrownBy(() -> studio.transfer().importPaths(List.of(badDay)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("d-day.md").hasMessageContaining("not a date like 2026-12-01");
            assertThatThrownBy(() -> studio.transfer().importPaths(List.of(binary)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("not UTF-8");
            assertThatThrownBy(() -> studio.transfer().importPaths(List.of(folder.resolve("missing.md"))))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("No such file");
            assertThat(studio.drafts().list(DraftFilter.ALL)).isEmpty();
        }
    }
}
