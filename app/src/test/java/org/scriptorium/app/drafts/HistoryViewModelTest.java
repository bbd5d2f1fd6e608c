package org.scriptorium.app.drafts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.drafts.RevisionReason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision history offers to restore only a revision that differs from the current text. */
class HistoryViewModelTest {
    @TempDir
    Path dataDir;
    private Studio studio;

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void aRevisionEqualToTheCurrentTextIsNotOfferedAnOlderOneIsRestored() {
        studio = Studio.open(dataDir);
        UUID id = studio.drafts().create(NewDraft.titled("Field notes")).id();
        studio.drafts().saveBody(id, "First thoughts.");
        studio.drafts().snapshot(id, RevisionReason.SAVED);
        studio.drafts().saveBody(id, "Second thoughts.");
        studio.drafts().snapshot(id, RevisionReason.SAVED);
        HistoryViewModel history = new HistoryViewModel(studio.drafts(), new DirectTaskRunner(), id);
        List<DraftDocument> restored = new ArrayList<>();

        history.load(); // the newest revision is selected: the current text
        assertThat(history.matchesCurrentProperty().get()).isTrue();
        history.restoreSelected(restored::add);
        assertThat(restored).isEmpty();

        history.selectedProperty().set(history.revisions().getLast()); // the first thoughts
        assertThat(history.matchesCurrentProperty().get()).isFalse();
        history.restoreSelected(restored::add);
        assertThat(restored).singleElement().satisfies(d -> assertThat(d.body()).isEqualTo("First thoughts."));
    }
}
