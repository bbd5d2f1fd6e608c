package org.scriptorium.app.drafts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftChanges;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.drafts.RevisionReason;
import org.scriptorium.core.drafts.RevisionSummary;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EditorViewModelTest {
    @TempDir
    Path dataDir;
    private Studio studio;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir);
        editor = new EditorViewModel(studio.drafts(), tasks, (markdown, dark, remote) -> "<p>" + markdown + "</p>");
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void typingIsSavedWhenTheTimerFiresAndThePreviewFollows() {
        UUID id = studio.drafts().create(new NewDraft("Post", "Hello", null, List.of())).id();
        editor.open(id);
        assertThat(editor.saveStateProperty().get()).isEqualTo("Saved");

        editor.textProperty().set("Hello brave new world");
        assertThat(editor.saveStateProperty().get()).isEqualTo("Editing…");
        assertThat(studio.drafts().get(id).body()).as("nothing written before the timer").isEqualTo("Hello");

        tasks.runDelayed();

        assertThat(studio.drafts().get(id).body()).isEqualTo("Hello brave new world");
        assertThat(editor.saveStateProperty().get()).isEqualTo("Saved");
        assertThat(editor.previewHtmlProperty().get()).isEqualTo("<p>Hello brave new world</p>");
        assertThat(editor.statsProperty().get()).isEqualTo("4 words · 1 min read");
    }

    @Test
    void aPublishDayPickedInTheEditorIsSavedShownForItsDraftOnlyAndClearedWhenEmptied() {
        UUID essay = studio.drafts().create(NewDraft.titled("Essay")).id();
        UUID notes = studio.drafts().create(NewDraft.titled("Notes")).id();
        List<UUID> saved = new java.util.ArrayList<>();
        editor.setOnSaved(d -> saved.add(d.id()));
        editor.open(essay);
        assertThat(editor.publishDay().dayProperty().get()).isNull();

        editor.publishDay().dayProperty().set(java.time.LocalDate.of(2027, 1, 12));
        assertThat(studio.drafts().get(essay).plannedOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 12));
        assertThat(saved).containsExactly(essay); // the list hears of it like any edit

        editor.open(notes);
        assertThat(editor.publishDay().dayProperty().get()).isNull();
        assertThat(studio.drafts().get(notes).plannedOn()).as("showing another draft writes nothing").isNull();
        editor.open(essay);
        assertThat(editor.publishDay().dayProperty().get()).isEqualTo(java.time.LocalDate.of(2027, 1, 12));

        editor.publishDay().dayProperty().set(null);
        assertThat(studio.drafts().get(essay).plannedOn()).isNull();
    }

    @Test
    void switchingDraftsSavesTheLastWordsAndKeepsARevision() {
        UUID first = studio.drafts().create(NewDraft.titled("First")).id();
        UUID second = studio.drafts().create(NewDraft.titled("Second")).id();
        editor.open(first);
        editor.textProperty().set("typed just before switching");

        editor.open(second);

        assertThat(studio.drafts().get(first).body()).isEqualTo("typed just before switching");
        assertThat(studio.drafts().revisions(first)).extracting(RevisionSummary::reason).containsExactly(RevisionReason.CLOSED);
        assertThat(editor.titleProperty().get()).isEqualTo("Second");
        assertThat(editor.textProperty().get()).isEmpty();
    }

    @Test
    void saveKeepsARevisionAndABlankTitleIsNotWritten() {
        UUID id = studio.drafts().create(NewDraft.titled("Named")).id();
        editor.open(id);
        editor.titleProperty().set("   ");
        editor.textProperty().set("Body");

        editor.saveRevision();

        assertThat(studio.drafts().get(id).title()).isEqualTo("Named");
        assertThat(studio.drafts().get(id).body()).isEqualTo("Body");
        assertThat(studio.drafts().revisions(id)).hasSize(1);
        assertThat(editor.saveStateProperty().get()).isEqualTo("Saved · revision kept");
    }

    @Test
    void statusAndTagsAreSavedAtOnce() {
        UUID id = studio.drafts().create(NewDraft.titled("Tagged")).id();
        editor.open(id);

        editor.statusProperty().set(DraftStatus.READY);
        editor.applyTags("java, #Loom , ,java");

        assertThat(studio.drafts().get(id).status()).isEqualTo(DraftStatus.READY);
        assertThat(studio.drafts().get(id).tags()).containsExactly("Loom", "java");
        assertThat(editor.tagsProperty().get()).isEqualTo("Loom, java");
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheTextToRetry() {
        UUID id = studio.drafts().create(NewDraft.titled("Doomed")).id();
        editor.open(id);
        studio.drafts().trash(id);
        studio.drafts().emptyTrash();

        editor.textProperty().set("words that cannot be stored");
        tasks.runDelayed();

        assertThat(editor.saveFailedProperty().get()).isTrue();
        assertThat(editor.saveStateProperty().get()).startsWith("Not saved: No draft with id").endsWith("Retrying…");
        assertThat(editor.textProperty().get()).isEqualTo("words that cannot be stored");
        assertThat(tasks.pendingDelayed()).as("a retry is scheduled").isPositive();
    }

    // ---- the store changed outside the window (a command line run in it) ----

    @Test
    void aDraftChangedFromTheCommandLineIsShownAsItIsNowWhenNothingIsUnsaved() {
        UUID id = studio.drafts().create(new NewDraft("Post", "Hello", null, List.of())).id();
        editor.open(id);
        List<String> told = new java.util.ArrayList<>();

        studio.drafts().update(id, new DraftChanges("Post, retitled", "Rewritten in a terminal", DraftStatus.READY, List.of("cli")));
        editor.reloadIfChangedOutside(told::add);

        assertThat(editor.titleProperty().get()).isEqualTo("Post, retitled");
        assertThat(editor.textProperty().get()).isEqualTo("Rewritten in a terminal");
        assertThat(editor.statusProperty().get()).isEqualTo(DraftStatus.READY);
        assertThat(editor.tagsProperty().get()).isEqualTo("cli");
        assertThat(told).isEmpty();
    }

    @Test
    void unsavedTypingIsKeptAndSavedWhenTheCommandLineChangesTheSameDraftAndTheUserIsToldOnce() {
        UUID id = studio.drafts().create(new NewDraft("Post", "Hello", null, List.of())).id();
        editor.open(id);
        List<String> told = new java.util.ArrayList<>();
        editor.textProperty().set("My own words, not saved yet");

        studio.drafts().update(id, DraftChanges.body("Rewritten in a terminal"));
        editor.reloadIfChangedOutside(told::add);
        editor.reloadIfChangedOutside(told::add);

        assertThat(editor.textProperty().get()).isEqualTo("My own words, not saved yet");
        assertThat(told).singleElement().asString().contains("“Post” was changed from the command line").contains("Your text is kept");
        tasks.runDelayed();
        assertThat(studio.drafts().get(id).body()).isEqualTo("My own words, not saved yet");
    }

    @Test
    void theEditorsOwnSavesAreNotTakenForChangesFromElsewhere() {
        UUID id = studio.drafts().create(new NewDraft("Post", "Hello", null, List.of())).id();
        editor.open(id);
        editor.textProperty().set("Typed and autosaved");
        tasks.runDelayed();
        editor.statusProperty().set(DraftStatus.READY);
        editor.textProperty().set("Typed and autosaved, then more");
        int loads = editor.documentsLoadedProperty().get();
        List<String> told = new java.util.ArrayList<>();

        editor.reloadIfChangedOutside(told::add);

        assertThat(told).isEmpty();
        assertThat(editor.documentsLoadedProperty().get()).as("the editor keeps its text, caret and undo").isEqualTo(loads);
        assertThat(editor.textProperty().get()).isEqualTo("Typed and autosaved, then more");
    }
}
