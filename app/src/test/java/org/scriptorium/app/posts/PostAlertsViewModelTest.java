package org.scriptorium.app.posts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.app.desktop.notify.DesktopNotifications;
import org.scriptorium.app.desktop.notify.Notifier;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.scheduling.ScriptedPlatform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing rounds that fail, as the window and the desktop hear of them: once per failure, with Retry and Edit. */
class PostAlertsViewModelTest {
    private static final PublishEngine.Policy THREE_TRIES = new PublishEngine.Policy(Duration.ofHours(2), 3, Duration.ofMinutes(1), Duration.ofHours(1));

    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ScriptedPlatform platform = new ScriptedPlatform();
    private final List<String> notified = new ArrayList<>();
    private final AtomicInteger roundsAsked = new AtomicInteger();
    private final List<UUID> edited = new ArrayList<>();
    private final List<org.scriptorium.app.common.Confirmations.Question> asked = new ArrayList<>();
    private boolean answer = true;
    private Studio studio;
    private Account account;
    private PublishEngine engine;
    private PostAlertsViewModel model;

    @BeforeEach
    void open() {
        studio = Studio.open(dataDir, clock);
        account = studio.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana", "1", URI.create("https://social.example"),
                null, List.of(), null, AccountStatus.CONNECTED, null, null));
        engine = new PublishEngine(studio.scheduling().posts(), clock, studio.publishing().accounts(), a -> platform, THREE_TRIES,
                PublishEngine.CrashPoints.NONE);
        Notifier desktop = new Notifier() {
            @Override
            public void show(String title, String text) {
                notified.add(title + " | " + text);
            }

            @Override
            public String name() {
                return "a list";
            }
        };
        model = new PostAlertsViewModel(studio.scheduling(), new DirectTaskRunner(), new DesktopNotifications(desktop, Runnable::run),
                question -> {
                    asked.add(question);
                    return answer;
                });
        model.setRoundNow(roundsAsked::incrementAndGet);
        model.setOnEdit(edited::add);
    }

    @AfterEach
    void close() {
        studio.close();
    }

    private UUID dueNow(String text) {
        return studio.scheduling().posts().create(account.id(), null, text, List.of(), null, clock.instant(), ZoneId.of("Europe/Berlin")).id();
    }

    /** One publishing round as the window runs it: the engine, then the alerts hear of it. */
    private PublishEngine.TickReport round() {
        PublishEngine.TickReport report = engine.tick();
        model.roundDone();
        return report;
    }

    @Test
    void aPostFailingRoundAfterRoundMakesOneNotificationAndAnotherPostsFailureAnother() {
        dueNow("Grid upgrade: why it is late, in short.");
        platform.refuse("Grid", PublishException.retryable("503 Service Unavailable", null, null));

        int roundsItFailedIn = 0;
        for (int minute = 0; minute < 15; minute++) {
            PublishEngine.TickReport report = round();
            roundsItFailedIn += report.retrying() + report.failed();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(roundsItFailedIn).isGreaterThanOrEqualTo(3);
        assertThat(notified).singleElement().asString().startsWith("A post could not go out | Mastodon · Ana, Mon 23 Nov, 09:00: “Grid upgrade")
                .endsWith("Gave up after 3 attempts: 503 Service Unavailable");
        assertThat(model.messageProperty().get()).startsWith("A post could not go out. Mastodon · Ana").contains("503 Service Unavailable");

        dueNow("Tide clocks and why they drift");
        platform.refuse("Tide", PublishException.rejected("The instance refused the post: too many links.", null));
        round();
        round();

        assertThat(notified).hasSize(2);
        assertThat(notified.getLast()).contains("Tide clocks").endsWith("The instance refused the post: too many links.");
    }

    @Test
    void retrySendsThePostAgainAtOnceAndEditShowsIt() {
        UUID grid = dueNow("Grid upgrade");
        platform.refuse("Grid", PublishException.rejected("Refused: too many links.", null));
        round();
        assertThat(model.shownProperty().get().postId()).isEqualTo(grid);

        answer = false;
        model.retry(); // asked, and declined: nothing is sent
        assertThat(asked).singleElement().satisfies(q -> assertThat(q.action()).isEqualTo("Send now"));
        assertThat(studio.scheduling().posts().get(grid).status()).isEqualTo(PostStatus.FAILED);
        assertThat(roundsAsked).hasValue(0);

        answer = true;
        model.retry();

        assertThat(studio.scheduling().posts().get(grid).status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(roundsAsked).hasValue(1);
        assertThat(model.messageProperty().get()).isEmpty();
        round(); // refused again: a new failure, said again
        assertThat(notified).hasSize(2);

        model.edit();
        assertThat(edited).containsExactly(grid);
        assertThat(model.shownProperty().get()).isNull();
    }

    @Test
    void withDesktopNotificationsOffTheWindowStillSaysIt() {
        model.setDesktopNotifications(false);
        dueNow("Grid upgrade");
        platform.refuse("Grid", PublishException.rejected("Refused.", null));

        round();

        assertThat(notified).isEmpty();
        assertThat(model.messageProperty().get()).contains("Grid upgrade").contains("Refused.");
        assertThat(studio.scheduling().alerts().desktopNotifications()).isFalse();
    }

    @Test
    void manyFailuresInOneRoundMakeOneNotification() {
        for (int i = 1; i <= 5; i++) {
            dueNow("Grid upgrade, part " + i);
        }
        platform.refuse("Grid", PublishException.rejected("Refused.", null));

        round();

        assertThat(notified).containsExactly("5 posts could not go out | Scriptorium's Posts shows each one with its reason, and Send now to try again.");
        assertThat(model.messageProperty().get()).endsWith("(4 more in Posts.)");
    }
}
