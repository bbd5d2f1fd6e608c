package org.scriptorium.app.updates;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.updates.FakeReleaseFeed;
import org.scriptorium.core.updates.UpdateCheck;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice of a newer release as the window shows it: told once a day at most, gone when dismissed, back for a later release. */
class UpdateNoticeViewModelTest {
    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2027-01-08T09:17:00Z"));
    private final FakeReleaseFeed feed = new FakeReleaseFeed();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final List<String> opened = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private Studio studio;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        studio.close();
        feed.close();
    }

    /** The window's model as a window running {@code version} builds it. */
    private UpdateNoticeViewModel window(String version) {
        UpdateCheck check = new UpdateCheck(studio.settings(), studio.clock(), version, Duration.ofSeconds(2));
        check.setFeed(feed.url());
        return new UpdateNoticeViewModel(check, tasks, opened::add, told::add);
    }

    @Test
    void aNewerReleaseIsToldAndWhatsNewOpensItsPageOnlyWhenClicked() {
        UpdateNoticeViewModel model = window("1.2.0");
        model.startLooking(Duration.ofSeconds(10));
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(feed.requests()).isZero();

        tasks.runDelayed();

        assertThat(model.textProperty().get()).isEqualTo("Scriptorium 1.3.0 is available —");
        assertThat(opened).isEmpty();
        model.openReleasePage();
        assertThat(opened).containsExactly(FakeReleaseFeed.V130_PAGE);
        assertThat(tasks.pendingDelayed()).as("the next look, in an hour").isEqualTo(1);
        assertThat(told).isEmpty();
    }

    @Test
    void aDismissedReleaseIsNotToldAgainButALaterOneIs() {
        UpdateNoticeViewModel model = window("1.2.0");
        model.checkIfDue();
        model.dismiss();
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.shownProperty().get()).isNull();

        clock.advance(Duration.ofDays(1));
        UpdateNoticeViewModel nextDay = window("1.2.0");
        nextDay.checkIfDue();
        assertThat(feed.requests()).isEqualTo(2);
        assertThat(nextDay.textProperty().get()).isEmpty();

        feed.answer(FakeReleaseFeed.only("v1.3.1"));
        clock.advance(Duration.ofDays(1));
        nextDay.checkIfDue();
        assertThat(nextDay.textProperty().get()).isEqualTo("Scriptorium 1.3.1 is available —");
    }

    @Test
    void checkingByHandSaysWhatItFoundOrWhyItCouldNot() {
        UpdateNoticeViewModel upToDate = window("1.3.0");
        upToDate.checkNow();
        assertThat(told).containsExactly("Scriptorium 1.3.0 is up to date; the latest release is 1.3.0.");

        feed.answer(new MockResponse.Builder().code(500).build());
        upToDate.checkNow();
        assertThat(told.getLast()).startsWith("Could not check for updates: ").endsWith(" answered 500.");
        assertThat(upToDate.shownProperty().get()).isNull();

        feed.answer(FakeReleaseFeed.releases());
        UpdateNoticeViewModel behind = window("1.2.0");
        behind.checkIfDue();
        behind.dismiss();
        behind.checkNow();
        assertThat(behind.textProperty().get()).as("asked by hand, a dismissed release is told").isEqualTo("Scriptorium 1.3.0 is available —");
    }

    @Test
    void turnedOffTheWindowAsksNothingOnItsOwn() {
        UpdateNoticeViewModel model = window("1.2.0");
        model.setAutomatic(false);
        model.startLooking(Duration.ZERO);

        tasks.runDelayed();
        clock.advance(Duration.ofDays(2));
        tasks.runDelayed();

        assertThat(feed.requests()).isZero();
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(window("1.2.0").automaticProperty().get()).as("as the next start reads it").isFalse();
    }
}
