package org.scriptorium.core.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PostCounts;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ThinningTest {
    @TempDir
    Path dataDir;

    @Test
    void snapshotsOlderThanThirtyDaysKeepTheLastOfEachDayAndRecentOnesAreKept() {
        var clock = new TestStudios.ManualClock(Instant.parse("2027-01-04T08:00:00Z"));
        try (Studio studio = Studio.open(dataDir, clock)) {
            Account account = studio.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana", "ana-1",
                    URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
            var post = studio.scheduling().posts().create(account.id(), null, "Harbour notes", List.of(), null, clock.instant(), clock.getZone());
            var network = new org.scriptorium.core.scheduling.AcceptingMastodon() {
                @Override
                public org.scriptorium.core.publishing.Published publish(org.scriptorium.core.publishing.PublishJob job) {
                    return new org.scriptorium.core.publishing.Published("42", URI.create("https://social.example/@ana/42"));
                }

                @Override
                public Optional<org.scriptorium.core.publishing.Published> reconcile(org.scriptorium.core.publishing.PublishJob job) {
                    return Optional.empty();
                }
            };
            new org.scriptorium.core.scheduling.PublishEngine(studio.scheduling().posts(), clock, studio.publishing().accounts(), a -> network,
                    org.scriptorium.core.scheduling.PublishEngine.Policy.DEFAULT, org.scriptorium.core.scheduling.PublishEngine.CrashPoints.NONE)
                    .publishNow(post.id());
            long[] likes = {0};
            Analytics reading = studio.analytics().readingWith(a -> Optional.of(new MetricsReader() {
                @Override
                public int batchSize() {
                    return 10;
                }

                @Override
                public Map<String, Reading> read(List<String> ids) {
                    return Map.of(ids.getFirst(), Reading.measured(new PostCounts(++likes[0], 0L, 0L, null, null, null)));
                }
            }));
            // On demand four times on the first day, twice on the second, once on the third.
            for (int[] day : new int[][] {{0, 4}, {1, 2}, {2, 1}}) {
                for (int i = 0; i < day[1]; i++) {
                    clock.advance(Duration.ofHours(1));
                    reading.refresh(null, false, () -> false);
                }
                clock.advance(Duration.ofHours(24 - day[1]));
            }
            assertThat(studio.analytics().of(post.id())).hasSize(7);
            assertThat(studio.analytics().thin()).isZero(); // nothing is 30 days old yet

            clock.advance(Duration.ofDays(31));
            reading.refresh(null, false, () -> false); // a recent one, kept whatever the day holds
            assertThat(studio.analytics().thin()).isEqualTo(4); // 3 of day one, 1 of day two
            assertThat(studio.analytics().of(post.id())).extracting(s -> s.counts().reactions()).containsExactly(4L, 6L, 7L, 8L);
            assertThat(studio.analytics().thin()).isZero();
        }
    }
}
