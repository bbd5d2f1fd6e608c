package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.secrets.EncryptedFileSecretStore;
import org.scriptorium.core.store.Database;

import java.net.URI;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reordering an account's queue: the posts swap places, the queue's times (and their zones) stay where they were. */
class PostQueueTest {
    @TempDir
    Path dataDir;
    private Database database;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private SocialPosts posts;
    private PostQueue queue;
    private UUID account;
    private UUID otherAccount;

    private static Account mastodon(String name) {
        return new Account(null, Network.MASTODON, name, "@" + name, name, URI.create("https://social.example"), null, List.of(), null,
                AccountStatus.CONNECTED, null, null);
    }

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        UUID device = UUID.randomUUID();
        AccountStore accounts = new AccountStore(database.sessions(), clock, device,
                new AccountSecrets(() -> new EncryptedFileSecretStore(dataDir.resolve("secrets"))));
        account = accounts.save(mastodon("Ana")).id();
        otherAccount = accounts.save(mastodon("Bo")).id();
        posts = new SocialPosts(database.sessions(), clock, device);
        queue = new PostQueue(posts, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private UUID planned(UUID accountId, String text, String at, String zone) {
        return posts.create(accountId, null, text, List.of(), null, Instant.parse(at), ZoneId.of(zone)).id();
    }

    @Test
    void movingThePostOfFridayToTheFrontGivesItMondaysSlotAndTheOthersCloseUp() {
        UUID monday = planned(account, "Monday", "2026-11-30T08:00:00Z", "Europe/Berlin");
        UUID wednesday = planned(account, "Wednesday", "2026-12-02T08:00:00Z", "Europe/Berlin");
        UUID friday = planned(account, "Friday", "2026-12-04T14:00:00Z", "America/New_York");
        UUID elsewhere = planned(otherAccount, "Another account", "2026-12-01T08:00:00Z", "Europe/Berlin");
        UUID gone = planned(account, "Already out", "2026-11-20T08:00:00Z", "Europe/Berlin");

        List<ScheduledPost> now = queue.move(friday, 1);

        assertThat(now).extracting(ScheduledPost::text).containsExactly("Friday", "Monday", "Wednesday");
        assertThat(posts.get(friday).scheduledAt()).isEqualTo("2026-11-30T08:00:00Z");
        assertThat(posts.get(friday).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(posts.get(monday).scheduledAt()).isEqualTo("2026-12-02T08:00:00Z");
        assertThat(posts.get(wednesday).scheduledAt()).isEqualTo("2026-12-04T14:00:00Z");
        assertThat(posts.get(wednesday).zone()).isEqualTo(ZoneId.of("America/New_York")); // the slot's zone, with its time
        assertThat(posts.get(wednesday).nextAttemptAt()).isEqualTo("2026-12-04T14:00:00Z"); // the engine sends it then
        assertThat(posts.get(elsewhere).scheduledAt()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(posts.get(gone).scheduledAt()).isEqualTo("2026-11-20T08:00:00Z");
    }

    @Test
    void aPostNotWaitingOrAPlaceOutsideTheQueueIsRefusedAndNothingMoves() {
        UUID first = planned(account, "First", "2026-11-30T08:00:00Z", "Europe/Berlin");
        UUID second = planned(account, "Second", "2026-12-02T08:00:00Z", "Europe/Berlin");
        UUID cancelled = planned(account, "Cancelled", "2026-12-03T08:00:00Z", "Europe/Berlin");
        posts.cancel(cancelled);

        assertThatThrownBy(() -> queue.move(second, 3)).isInstanceOf(InvalidInput.class).hasMessage("The queue has 2 places; got 3.");
        assertThatThrownBy(() -> queue.move(cancelled, 1)).isInstanceOf(InvalidInput.class).hasMessageContaining("this one is cancelled");
        assertThat(queue.of(account)).extracting(ScheduledPost::id).containsExactly(first, second);
    }

    @Test
    void aPostThatLeftTheQueueMeanwhileStopsTheWholeReorder() {
        UUID first = planned(account, "First", "2026-11-30T08:00:00Z", "Europe/Berlin");
        UUID second = planned(account, "Second", "2026-12-02T08:00:00Z", "Europe/Berlin");
        posts.cancel(first); // cancelled in another window between reading the queue and saving it

        assertThatThrownBy(() -> posts.retime(java.util.Map.of(second, new PlannedTime(Instant.parse("2026-11-30T08:00:00Z"), ZoneId.of("UTC"), null),
                first, new PlannedTime(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("UTC"), null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("nothing was moved");
        assertThat(posts.get(second).scheduledAt()).isEqualTo("2026-12-02T08:00:00Z");
    }
}
