package org.scriptorium.app.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's messages: what fades, what stays, what Undo does, and that they never pile up. */
class NoticesTest {
    /** A timer the test moves by hand. */
    private static final class HandTimer implements Notices.Timer {
        private record Due(Duration at, Runnable then) {
        }

        private final List<Due> due = new ArrayList<>();
        private Duration now = Duration.ZERO;

        @Override
        public void after(Duration delay, Runnable then) {
            due.add(new Due(now.plus(delay), then));
        }

        void pass(Duration time) {
            now = now.plus(time);
            List<Due> ripe = due.stream().filter(d -> d.at().compareTo(now) <= 0).toList();
            due.removeAll(ripe);
            ripe.forEach(d -> d.then().run());
        }
    }

    private final HandTimer timer = new HandTimer();
    private final Notices notices = new Notices(timer);

    private List<String> texts() {
        return notices.shown().stream().map(Notices.Notice::text).toList();
    }

    @Test
    void informationFadesAnErrorStaysUntilDismissed() {
        notices.info("Saved a revision.");
        Notices.Notice error = notices.error("Could not reach the network.", new Notices.Action("Retry", () -> { }));
        timer.pass(Duration.ofSeconds(5));
        assertThat(texts()).containsExactly("Saved a revision.", "Could not reach the network.");
        timer.pass(Duration.ofSeconds(2));
        assertThat(texts()).containsExactly("Could not reach the network.");
        timer.pass(Duration.ofMinutes(10)); // "Deleted 1 draft for good" once followed the user for ten minutes: errors only stay
        assertThat(texts()).containsExactly("Could not reach the network.");
        notices.dismiss(error);
        assertThat(notices.shown()).isEmpty();
    }

    @Test
    void undoStaysLongerAndActingOnItRunsItOnceAndPutsTheNoticeAway() {
        List<String> undone = new ArrayList<>();
        Notices.Notice moved = notices.info("Moved “Notes” to the trash.", new Notices.Action("Undo", () -> undone.add("Notes")));
        timer.pass(Duration.ofSeconds(7));
        assertThat(texts()).containsExactly("Moved “Notes” to the trash."); // still there to be undone
        notices.act(moved);
        notices.act(moved);
        assertThat(undone).containsExactly("Notes");
        assertThat(notices.shown()).isEmpty();
        timer.pass(Duration.ofSeconds(10));
        assertThat(notices.shown()).isEmpty();
    }

    @Test
    void theyNeverPileUpAndTheSameWordsAreNotRepeated() {
        notices.error("The disk is full.", null);
        notices.info("One");
        notices.info("Two");
        notices.info("Three");
        notices.info("Three");
        assertThat(texts()).containsExactly("The disk is full.", "Two", "Three"); // the oldest information gave way, not the error
        assertThat(notices.info(" ")).isNull();
        assertThat(texts()).hasSize(Notices.MOST_SHOWN);

        // Three errors on screen: news still shows, and the oldest error gives way to it.
        notices.error("Sign-in declined.", null);
        notices.error("Sign-in left the site.", null);
        notices.info("Connected Mastodon: Ana Lima.");
        assertThat(texts()).containsExactly("Sign-in declined.", "Sign-in left the site.", "Connected Mastodon: Ana Lima.");
    }
}
