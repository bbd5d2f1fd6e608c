package org.scriptorium.core.drafts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftServiceTest {
    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));
    private Studio studio;
    private DraftService drafts;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir, clock);
        drafts = studio.drafts();
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void aNewDraftCarriesEverythingSyncNeeds() {
        DraftDocument draft = drafts.create(new NewDraft("  First post ", "Hello there, world.", null, List.of("#Java", "java", "notes")));

        assertThat(draft.title()).isEqualTo("First post");
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.tags()).containsExactly("Java", "notes");
        assertThat(draft.wordCount()).isEqualTo(3);
        assertThat(draft.id().version()).isEqualTo(7);
        assertThat(draft.createdAt()).isEqualTo(clock.instant());
        assertThat(draft.revision()).isZero();
    }

    @Test
    void editsBumpTheRevisionAndTimestampButANoOpEditDoesNot() {
        UUID id = drafts.create(NewDraft.titled("Post")).id();
        clock.advance(Duration.ofMinutes(5));

        DraftDocument edited = drafts.saveBody(id, "Some new words");
        DraftDocument again = drafts.saveBody(id, "Some new words");

        assertThat(edited.revision()).isEqualTo(1);
        assertThat(edited.updatedAt()).isEqualTo(Instant.parse("2026-03-01T09:05:00Z"));
        assertThat(again.revision()).isEqualTo(1);
        assertThat(drafts.rename(id, "Better title").revision()).isEqualTo(2);
        assertThat(drafts.setStatus(id, DraftStatus.READY).status()).isEqualTo(DraftStatus.READY);
        assertThat(drafts.setTags(id, List.of("a", "b")).tags()).containsExactly("a", "b");
        assertThat(drafts.get(id).revision()).isEqualTo(4);
    }

    @Test
    void listFiltersByStatusAndTagNewestFirst() {
        UUID a = drafts.create(new NewDraft("A", "", DraftStatus.READY, List.of("java"))).id();
        clock.advance(Duration.ofSeconds(1));
        UUID b = drafts.create(new NewDraft("B", "", DraftStatus.DRAFT, List.of("Java", "ai"))).id();
        clock.advance(Duration.ofSeconds(1));
        UUID c = drafts.create(new NewDraft("C", "", DraftStatus.READY, List.of())).id();

        assertThat(drafts.list(DraftFilter.ALL)).extracting(DraftSummary::id).containsExactly(c, b, a);
        assertThat(drafts.list(DraftFilter.ALL.withStatus(DraftStatus.READY))).extracting(DraftSummary::id).containsExactly(c, a);
        assertThat(drafts.list(DraftFilter.ALL.withTag("JAVA"))).extracting(DraftSummary::id).containsExactly(b, a);
        assertThat(drafts.tags()).containsEntry("java", 2L).containsEntry("ai", 1L);
    }

    @Test
    void trashIsRestorableAndEmptyingItLeavesOnlyATombstone() {
        UUID id = drafts.create(new NewDraft("Doomed", "text", null, List.of("x"))).id();

        drafts.trash(id);
        assertThat(drafts.list(DraftFilter.ALL)).isEmpty();
        assertThat(drafts.list(DraftFilter.TRASH)).extracting(DraftSummary::id).containsExactly(id);

        drafts.restore(id);
        assertThat(drafts.list(DraftFilter.ALL)).extracting(DraftSummary::id).containsExactly(id);

        drafts.trash(id);
        assertThat(drafts.emptyTrash()).isEqualTo(1);
        assertThat(drafts.list(DraftFilter.TRASH)).isEmpty();
        assertThatThrownBy(() -> drafts.get(id)).isInstanceOf(DraftNotFound.class).hasMessageContaining(id.toString());
    }

    @Test
    void revisionsSnapshotSavePointsDiffAndRestoreWithoutLosingTheCurrentText() {
        UUID id = drafts.create(new NewDraft("Essay", "line one\nline two\n", null, List.of())).id();
        assertThat(drafts.snapshot(id, RevisionReason.SAVED)).isTrue();
        assertThat(drafts.snapshot(id, RevisionReason.SAVED)).as("identical text makes no new revision").isFalse();
        clock.advance(Duration.ofMinutes(1));
        drafts.saveBody(id, "line one\nline 2\nline three\n");
        drafts.snapshot(id, RevisionReason.SAVED);

        List<RevisionSummary> history = drafts.revisions(id);
        assertThat(history).hasSize(2);
        UUID first = history.get(1).id();
        assertThat(drafts.diffAgainstCurrent(id, first)).containsExactly(
                new DiffLine(DiffLine.Kind.SAME, "line one"),
                new DiffLine(DiffLine.Kind.REMOVED, "line two"),
                new DiffLine(DiffLine.Kind.ADDED, "line 2"),
                new DiffLine(DiffLine.Kind.ADDED, "line three"));

        clock.advance(Duration.ofMinutes(1));
        drafts.saveBody(id, "unsaved words");
        assertThat(drafts.restoreRevision(id, first).body()).isEqualTo("line one\nline two\n");
        assertThat(drafts.revisions(id)).first().satisfies(r -> assertThat(r.reason()).isEqualTo(RevisionReason.BEFORE_RESTORE));
        assertThat(drafts.revisionBody(id, drafts.revisions(id).getFirst().id())).isEqualTo("unsaved words");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        UUID id = drafts.create(NewDraft.titled("Stays")).id();

        assertThatThrownBy(() -> drafts.rename(id, "   ")).isInstanceOf(InvalidInput.class).hasMessage("A draft needs a title.");
        assertThatThrownBy(() -> DraftStatus.parse("done")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("draft, ready, scheduled, published, archived");
        assertThatThrownBy(() -> drafts.get(UUID.randomUUID())).isInstanceOf(DraftNotFound.class);
        assertThat(drafts.get(id).title()).isEqualTo("Stays");
        assertThat(drafts.get(id).revision()).isZero();
    }

    @Test
    void aPlannedPublishDayIsKeptListedForItsDaysAndCanBeCleared() {
        UUID essay = drafts.create(NewDraft.titled("Grid essay")).id();
        UUID notes = drafts.create(NewDraft.titled("Loose notes")).id();
        UUID binned = drafts.create(NewDraft.titled("Binned")).id();

        DraftDocument planned = drafts.planPublishing(essay, LocalDate.of(2026, 12, 1));
        drafts.planPublishing(notes, LocalDate.of(2027, 1, 5));
        drafts.planPublishing(binned, LocalDate.of(2026, 12, 2));
        drafts.trash(binned);

        assertThat(planned.plannedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(planned.revision()).isEqualTo(1); // it travels to other devices like any edit
        assertThat(drafts.planned(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(new PlannedDraft(essay, "Grid essay", DraftStatus.DRAFT, LocalDate.of(2026, 12, 1)));
        assertThat(drafts.list(DraftFilter.ALL)).filteredOn(d -> d.id().equals(notes))
                .singleElement().extracting(DraftSummary::plannedOn).isEqualTo(LocalDate.of(2027, 1, 5));

        assertThat(drafts.planPublishing(essay, null).plannedOn()).isNull();
        assertThat(drafts.planned(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).extracting(PlannedDraft::id).containsExactly(notes);
        assertThat(drafts.planPublishing(essay, null).revision()).isEqualTo(2); // clearing twice changes nothing more
    }

    @Test
    void idsCanBeGivenByAUniquePrefix() {
        UUID id = drafts.create(NewDraft.titled("One")).id();
        assertThat(drafts.resolveId(id.toString().substring(0, 13))).isEqualTo(id);
        assertThatThrownBy(() -> drafts.resolveId("nope")).isInstanceOf(DraftNotFound.class);
    }

    @Test
    void wordCountIgnoresMarkupAndReadingTimeRoundsUp() {
        assertThat(TextStatistics.wordCount("---\ntitle: x\n---\n# Hello *brave* [new](https://example.com/a-b) world's end")).isEqualTo(5);
        assertThat(TextStatistics.wordCount("Press <kbd>Ctrl</kbd>+<kbd>S</kbd> now")).isEqualTo(4);
        assertThat(TextStatistics.readingMinutes(0)).isZero();
        assertThat(TextStatistics.readingMinutes(1)).isEqualTo(1);
        assertThat(TextStatistics.readingMinutes(231)).isEqualTo(2);
    }
}
