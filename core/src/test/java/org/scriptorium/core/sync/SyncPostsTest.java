package org.scriptorium.core.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.scheduling.AttemptOutcome;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PublishAttempt;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Social posts and their publish log across two studios and one PostgreSQL, and who publishes a post both have. */
class SyncPostsTest {
    private static final Instant NOW = Instant.parse("2026-05-04T07:00:00Z");

    @RegisterExtension
    final SyncedStudios studios = new SyncedStudios("scriptorium_posts", NOW);

    @Test
    void aPostItsPlanItsResultAndItsLogReachTheOtherDeviceWhichNeverSendsItAgain() {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        Account account = laptop.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana", "ana-1",
                URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
        ScheduledPost post = laptop.scheduling().posts().create(account.id(), null, "Spring issue is out", List.of(), null,
                NOW.plus(Duration.ofMinutes(30)), ZoneId.of("Europe/Lisbon"));
        SyncedStudios.sync(laptop, desktop);
        assertThat(desktop.scheduling().posts().get(post.id())).isEqualTo(laptop.scheduling().posts().get(post.id()));

        // One device moves it, the other edits its text: both changes stay.
        desktop.scheduling().posts().reschedule(post.id(), NOW.plus(Duration.ofMinutes(10)), ZoneId.of("Europe/Lisbon"));
        laptop.scheduling().posts().edit(post.id(), "Spring issue is out: read it here", List.of(), null);
        SyncedStudios.sync(laptop, desktop, laptop);
        ScheduledPost merged = desktop.scheduling().posts().get(post.id());
        assertThat(merged.text()).isEqualTo("Spring issue is out: read it here");
        assertThat(merged.scheduledAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        SyncTest.assertSameEverywhere(laptop, desktop);

        // Due: the laptop publishes it; the desktop, not synced since, has it due too and must not send it again.
        studios.clock.advance(Duration.ofMinutes(11));
        KeepingNetwork network = new KeepingNetwork();
        assertThat(engine(laptop, network).tick().published()).isEqualTo(1);
        laptop.sync().syncNow(Progress.NONE);
        assertThat(engine(desktop, network).publishNow(post.id()).published()).isZero();
        assertThat(network.sent).containsExactly("Spring issue is out: read it here");
        desktop.sync().syncNow(Progress.NONE);
        ScheduledPost published = desktop.scheduling().posts().get(post.id());
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.url()).isEqualTo("https://social.example/@ana/1");
        assertThat(desktop.scheduling().posts().attempts(post.id())).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.PUBLISHED);
        assertThat(engine(desktop, network).tick().published()).isZero();
        assertThat(network.sent).hasSize(1);
        SyncTest.assertSameEverywhere(laptop, desktop);

        // An hour after it went out, the laptop reads what it did; the desktop sees the same numbers after a sync.
        studios.clock.advance(Duration.ofMinutes(61));
        var read = laptop.analytics().readingWith(a -> Optional.of(new org.scriptorium.core.publishing.MetricsReader() {
            @Override
            public int batchSize() {
                return 40;
            }

            @Override
            public java.util.Map<String, Reading> read(List<String> ids) {
                return java.util.Map.of(ids.getFirst(), Reading.measured(new org.scriptorium.core.publishing.PostCounts(9L, 2L, 1L, null, null, null)));
            }
        })).refresh(null, true, () -> false);
        assertThat(read.measured()).isEqualTo(1);
        assertThat(desktop.analytics().results(Instant.EPOCH, Instant.MAX, null)).singleElement().extracting(r -> r.latest()).isNull();
        SyncedStudios.sync(laptop, desktop);
        assertThat(desktop.analytics().of(post.id())).singleElement().satisfies(s -> assertThat(s.counts().reactions()).isEqualTo(9L));
        // The desktop's list of results knows the snapshot that arrived, not only the one it had.
        assertThat(desktop.analytics().results(Instant.EPOCH, Instant.MAX, null)).singleElement()
                .satisfies(r -> assertThat(r.engagement()).isEqualTo(12));
        SyncTest.assertSameEverywhere(laptop, desktop);
    }

    @Test
    void aPostsTextEditedOnBothDevicesKeepsBothUntilTheUserChooses() {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        Account account = laptop.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana", "ana-1",
                URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
        UUID post = laptop.scheduling().posts().create(account.id(), null, "Draft line", List.of(), null,
                NOW.plus(Duration.ofDays(1)), ZoneId.of("UTC")).id();
        SyncedStudios.sync(laptop, desktop);

        laptop.scheduling().posts().edit(post, "The laptop's line", List.of(), null);
        desktop.scheduling().posts().edit(post, "The desktop's line", List.of(), null);
        laptop.sync().syncNow(Progress.NONE);
        SyncService.Report report = desktop.sync().syncNow(Progress.NONE);
        laptop.sync().syncNow(Progress.NONE);

        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(desktop.scheduling().posts().get(post).text()).isEqualTo("The desktop's line");
        SyncService.Conflict conflict = desktop.sync().conflicts().getFirst();
        assertThat(conflict.aboutPost()).isTrue();
        assertThat(conflict.theirText()).isEqualTo("The laptop's line");
        assertThat(conflict.otherDevice()).isEqualTo("laptop");
        SyncTest.assertSameEverywhere(laptop, desktop);

        desktop.sync().resolve(conflict.id(), SyncService.Keep.THEIRS);
        SyncedStudios.sync(desktop, laptop);
        assertThat(laptop.scheduling().posts().get(post).text()).isEqualTo("The laptop's line");
        assertThat(desktop.sync().conflicts()).isEmpty();

        laptop.scheduling().posts().edit(post, "Version A", List.of(), null);
        desktop.scheduling().posts().edit(post, "Version B", List.of(), null);
        SyncedStudios.sync(laptop, desktop);
        desktop.sync().resolve(desktop.sync().conflicts().getFirst().id(), SyncService.Keep.BOTH);
        SyncedStudios.sync(desktop, laptop);
        List<ScheduledPost> all = laptop.scheduling().posts().list(Instant.EPOCH, NOW.plus(Duration.ofDays(400)), null);
        assertThat(laptop.scheduling().posts().get(post).text()).isEqualTo("Version B");
        assertThat(laptop.sync().conflicts()).isEmpty();
        SyncTest.assertSameEverywhere(laptop, desktop);
        assertThat(SyncDump.of(laptop)).contains("Version A").contains("\"DRAFT\"");
        assertThat(all).extracting(ScheduledPost::text).contains("Version B");
    }

    @Test
    void aDraftsImagesAndAPostsMediaTravelOnceByTheirHashAndArriveAsFilesOfTheOtherDevice() throws Exception {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        Account account = laptop.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana", "ana-1",
                URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
        var draft = laptop.drafts().create(new org.scriptorium.core.drafts.NewDraft("Launch notes", "Body\n", null, List.of()));
        laptop.images().cover(draft.id(), org.scriptorium.core.images.ImageSize.SQUARE);
        String hash = laptop.images().of(draft.id()).getFirst().contentHash();
        ScheduledPost post = laptop.scheduling().posts().create(account.id(), draft.id(), "With a picture", laptop.images().postImages(draft.id()),
                null, NOW.plus(Duration.ofDays(1)), ZoneId.of("UTC"));
        SyncedStudios.sync(laptop, desktop);

        assertThat(desktop.images().of(draft.id())).extracting(org.scriptorium.core.images.DraftImage::contentHash).containsExactly(hash);
        assertThat(desktop.images().library().contains(hash)).isTrue();
        Path there = desktop.scheduling().posts().get(post.id()).media().getFirst().file();
        assertThat(there).startsWith(studios.folder().resolve("desktop"));
        assertThat(java.nio.file.Files.readAllBytes(there)).isEqualTo(laptop.images().library().read(hash));
        SyncTest.assertSameEverywhere(laptop, desktop);
        assertThat(studios.hub().rowsOf("hub_blobs")).isEqualTo(1);
        assertThat(desktop.sync().syncNow(Progress.NONE).pushed()).as("the media, the same by hash, is not sent back").isZero();
    }

    @Test
    void theUsersSettingsSyncAndThisMachinesStayHere() {
        Studio laptop = studios.studio("laptop");
        Studio desktop = studios.studio("desktop");
        laptop.scheduling().setCatchUpWindow(Duration.ofHours(6));
        laptop.settings().put("queue.01a2449d-0000-7000-8000-000000000001", "Mon-Fri 09:00,17:00|Europe/Berlin");
        laptop.settings().put("notifications.desktop", "false");
        desktop.settings().put("ai.monthly-budget-usd", "25");
        SyncedStudios.sync(laptop, desktop, laptop);

        assertThat(desktop.scheduling().catchUpWindow()).contains(Duration.ofHours(6));
        assertThat(desktop.settings().get("queue.01a2449d-0000-7000-8000-000000000001")).contains("Mon-Fri 09:00,17:00|Europe/Berlin");
        assertThat(laptop.settings().get("ai.monthly-budget-usd")).contains("25");
        assertThat(desktop.settings().get("notifications.desktop")).as("a machine's own preference").isEmpty();

        studios.clock.advance(Duration.ofMinutes(1));
        desktop.scheduling().setCatchUpWindow(Duration.ofHours(1));
        laptop.settings().remove("queue.01a2449d-0000-7000-8000-000000000001");
        SyncedStudios.sync(desktop, laptop, desktop);
        assertThat(laptop.scheduling().catchUpWindow()).contains(Duration.ofHours(1));
        assertThat(desktop.settings().get("queue.01a2449d-0000-7000-8000-000000000001")).isEmpty();
        assertThat(laptop.sync().syncNow(Progress.NONE).pushed()).as("nothing left to send").isZero();
    }


    private PublishEngine engine(Studio studio, KeepingNetwork network) {
        PublishEngine engine = new PublishEngine(studio.scheduling().posts(), studios.clock, studio.publishing().accounts(), account -> network,
                PublishEngine.Policy.DEFAULT, PublishEngine.CrashPoints.NONE);
        engine.useClaims(studio.sync().claims());
        return engine;
    }

    /** A Mastodon-like network that keeps every post it is sent, and never deduplicates. */
    static final class KeepingNetwork implements org.scriptorium.core.scheduling.AcceptingMastodon {
        final List<String> sent = new ArrayList<>();




        @Override
        public synchronized Published publish(PublishJob job) {
            sent.add(job.post().text());
            return new Published(String.valueOf(sent.size()), URI.create("https://social.example/@ana/" + sent.size()));
        }

        @Override
        public Optional<Published> reconcile(PublishJob job) {
            return Optional.empty();
        }
    }
}
