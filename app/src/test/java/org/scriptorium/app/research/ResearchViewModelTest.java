package org.scriptorium.app.research;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.research.sources.SourceSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ResearchViewModelTest {
    @TempDir
    Path dataDir;
    private Newsroom newsroom;
    private Studio studio;
    private final HoldingTaskRunner tasks = new HoldingTaskRunner();
    private ResearchViewModel research;

    @BeforeEach
    void open() throws Exception {
        newsroom = new Newsroom();
        studio = Studio.open(dataDir);
        research = new ResearchViewModel(studio.research(), tasks, draft -> { }, topic -> { });
    }

    @AfterEach
    void close() throws Exception {
        studio.close();
        newsroom.close();
    }

    @Test
    void aNewStudioOpensOnItsSourcesAndOneWithSourcesDoesNot() {
        research.start(null);
        AtomicBoolean shown = new AtomicBoolean();
        research.whenNoSources(() -> shown.set(true));
        assertThat(shown).isTrue();

        addTheNewsroomsFeeds();
        shown.set(false);
        research.whenNoSources(() -> shown.set(true));
        assertThat(shown).isFalse();
    }

    @Test
    void whatTheScheduledPollAndDiscoveryBroughtShowsWithoutAClick() {
        research.start(null);
        addTheNewsroomsFeeds();
        assertThat(research.sources().sources()).allMatch(s -> s.documentCount() == 0);

        // As the studio's recurring jobs run them, off the window.
        studio.research().schedule().pollDue(Progress.NONE);
        studio.research().schedule().discover(Progress.NONE);

        assertThat(research.sources().sources()).hasSize(3).allMatch(s -> s.documentCount() > 0);
        assertThat(research.board().topics()).hasSizeGreaterThanOrEqualTo(2);

        // The Documents tab, before anything is typed: the newest documents, not an empty box.
        research.documents().search();
        assertThat(research.documents().results()).isNotEmpty()
                .isSortedAccordingTo(java.util.Comparator.comparing(org.scriptorium.core.research.documents.DocumentSummary::when).reversed());
        assertThat(research.documents().statusProperty().get()).contains("newest first");
    }

    @Test
    void theScheduledPollWaitsWhileTheUsersOwnDiscoveryRuns() {
        research.start(null);
        addTheNewsroomsFeeds();

        tasks.hold = true;
        research.board().discover();
        assertThat(research.board().discovery().runningProperty().get()).isTrue();
        assertThat(studio.research().schedule().pollDue(Progress.NONE).polled()).isEmpty();

        tasks.release();
        assertThat(research.board().discovery().runningProperty().get()).isFalse();
        assertThat(studio.research().schedule().pollDue(Progress.NONE).polled()).hasSize(3);
        assertThat(research.sources().sources()).allMatch((SourceSummary s) -> s.documentCount() > 0);
    }

    @Test
    void aSourceThatCannotBeReadIsAnErrorThatStaysWhileAGoodPollIsInformation() {
        org.scriptorium.app.common.Notices notices = new org.scriptorium.app.common.Notices((after, then) -> { });
        research.setNotices(notices);
        research.start(null);
        AtomicBoolean pollRoundStarted = new AtomicBoolean();
        research.sources().setPollNow(() -> pollRoundStarted.set(true));
        addTheNewsroomsFeeds();
        assertThat(pollRoundStarted).as("a new source is polled at once, by the studio's own round").isTrue();

        research.sources().poll(false);
        assertThat(notices.shown()).anySatisfy(n -> {
            assertThat(n.text()).contains("Polled 3 sources");
            assertThat(n.kind()).isEqualTo(org.scriptorium.app.common.Notices.Kind.INFO);
        });

        research.sources().newUrlProperty().set("http://127.0.0.1:9/feed.xml"); // nothing listens there
        research.sources().add();
        research.sources().selectedProperty().set(research.sources().sources().stream()
                .filter(s -> s.url().contains("127.0.0.1:9")).findFirst().orElseThrow());
        research.sources().poll(true);
        assertThat(notices.shown()).anySatisfy(n -> {
            assertThat(n.text()).contains("1 failed");
            assertThat(n.kind()).isEqualTo(org.scriptorium.app.common.Notices.Kind.ERROR);
        });
    }

    private void addTheNewsroomsFeeds() {
        for (String url : newsroom.feedUrls()) {
            research.sources().newUrlProperty().set(url);
            research.sources().add();
        }
        assertThat(research.sources().sources()).hasSize(3);
    }

    /** Runs work at once, or, while {@link #hold} is set, keeps it until {@link #release()}: a job still under way. */
    private static final class HoldingTaskRunner implements TaskRunner {
        private final DirectTaskRunner direct = new DirectTaskRunner();
        private final List<Runnable> held = new ArrayList<>();
        boolean hold;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            if (hold) {
                held.add(() -> direct.run(work, onSuccess, onError));
            } else {
                direct.run(work, onSuccess, onError);
            }
        }

        @Override
        public void onUi(Runnable action) {
            direct.onUi(action);
        }

        @Override
        public Cancellable later(long delayMillis, Runnable action) {
            return direct.later(delayMillis, action);
        }

        void release() {
            hold = false;
            List<Runnable> due = new ArrayList<>(held);
            held.clear();
            due.forEach(Runnable::run);
        }
    }
}
