package org.scriptorium.app.drafts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DraftsViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private Studio studio;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private DraftsViewModel drafts;
    private final List<org.scriptorium.app.common.Confirmations.Question> asked = new java.util.ArrayList<>();
    private boolean agree = true;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir);
        drafts = new DraftsViewModel(studio.drafts(), studio.transfer(), studio.demo(), tasks, question -> {
            asked.add(question);
            return agree;
        });
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void anEmptyStudioInvitesTheUserToStartAndTheDemoFillsIt() {
        drafts.refresh();
        assertThat(drafts.items()).isEmpty();
        assertThat(drafts.emptyTitleProperty().get()).isEqualTo("No drafts yet");

        drafts.openDemoWorkspace();

        assertThat(drafts.items()).hasSize(4);
        assertThat(drafts.draftCountProperty().get()).isEqualTo(4);
        assertThat(drafts.selectedProperty().get().title()).isEqualTo("Welcome to Scriptorium");
        assertThat(drafts.tagChoices()).contains(DraftsViewModel.ANY_TAG, "guide", "writing");
        assertThat(drafts.messageProperty().get()).contains("4 sample drafts");
    }

    @Test
    void searchAndFiltersNarrowTheListAndExplainAnEmptyResult() {
        studio.drafts().create(new NewDraft("Kotlin coroutines", "structured concurrency", DraftStatus.READY, List.of("jvm")));
        studio.drafts().create(new NewDraft("Sourdough", "bread at home", DraftStatus.DRAFT, List.of("food")));
        drafts.refresh();

        drafts.queryProperty().set("concurr");
        tasks.runDelayed();
        assertThat(drafts.items()).extracting(DraftSummary::title).containsExactly("Kotlin coroutines");

        drafts.queryProperty().set("");
        tasks.runDelayed();
        drafts.tagProperty().set("food");
        assertThat(drafts.items()).extracting(DraftSummary::title).containsExactly("Sourdough");

        drafts.statusProperty().set(DraftStatus.READY);
        assertThat(drafts.items()).isEmpty();
        assertThat(drafts.emptyTitleProperty().get()).isEqualTo("No drafts with these filters");
    }

    @Test
    void trashAndRestoreMoveADraftBetweenTheListsAndUpdateTheCounts() {
        UUID id = studio.drafts().create(NewDraft.titled("Maybe")).id();
        drafts.refresh();

        drafts.trash(id);
        assertThat(drafts.items()).isEmpty();
        assertThat(drafts.trashCountProperty().get()).isEqualTo(1);
        assertThat(drafts.messageProperty().get()).isEqualTo("Moved “Maybe” to the trash.");

        drafts.trashModeProperty().set(true);
        assertThat(drafts.items()).extracting(DraftSummary::id).containsExactly(id);
        drafts.restore(id);
        drafts.trashModeProperty().set(false);
        assertThat(drafts.items()).extracting(DraftSummary::id).containsExactly(id);
        assertThat(drafts.trashCountProperty().get()).isZero();
    }

    @Test
    void aDraftMovedToTheTrashComesBackWithUndoAndTheTrashIsEmptiedOnlyWhenTheUserAgrees() {
        UUID kept = studio.drafts().create(NewDraft.titled("Kept after all")).id();
        UUID gone = studio.drafts().create(NewDraft.titled("Not needed")).id();
        drafts.refresh();

        drafts.trash(kept);
        assertThat(drafts.undoProperty().get()).isNotNull();
        drafts.undo();
        assertThat(drafts.items()).extracting(DraftSummary::id).contains(kept);
        assertThat(drafts.messageProperty().get()).isEqualTo("Restored “Kept after all”.");
        assertThat(drafts.undoProperty().get()).isNull(); // an undo is used once

        drafts.trash(gone);
        drafts.dismissMessage();
        assertThat(drafts.undoProperty().get()).isNull(); // gone with the message that offered it

        agree = false;
        drafts.emptyTrash();
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Empty the trash?");
            assertThat(q.text()).contains("deleted for good").contains("cannot be undone");
        });
        assertThat(studio.drafts().get(gone)).isNotNull();
        assertThat(drafts.trashCountProperty().get()).isEqualTo(1);

        agree = true;
        drafts.emptyTrash();
        assertThat(drafts.trashCountProperty().get()).isZero();
        assertThat(drafts.messageProperty().get()).isEqualTo("Deleted 1 draft for good.");
    }

    @Test
    void importReportsWhatHappenedAndABadFileChangesNothing() throws Exception {
        Path good = Files.writeString(files.resolve("good.md"), "# Imported\n\ntext");
        drafts.importFiles(List.of(good));
        assertThat(drafts.messageProperty().get()).isEqualTo("Imported 1 file: 1 new, 0 updated, 0 unchanged.");
        assertThat(drafts.selectedProperty().get().title()).isEqualTo("Imported");

        Path bad = Files.writeString(files.resolve("bad.md"), "---\nstatus: nonsense\n---\nx");
        drafts.importFiles(List.of(bad));
        assertThat(drafts.messageProperty().get()).contains("bad.md").contains("Unknown status 'nonsense'");
        assertThat(drafts.items()).hasSize(1);
    }
}
