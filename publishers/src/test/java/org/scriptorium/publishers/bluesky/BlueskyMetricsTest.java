package org.scriptorium.publishers.bluesky;

import org.scriptorium.core.publishing.MetricsReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.analytics.Snapshot;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What published Bluesky posts did, read through the real client from a server that speaks getPosts. */
class BlueskyMetricsTest {
    @TempDir
    Path dataDir;
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.parse("2027-03-01T09:00:00Z"));
    private FakePds pds;
    private Studio studio;

    @BeforeEach
    void open() throws Exception {
        pds = new FakePds();
        studio = Studio.open(dataDir, clock);
    }

    @AfterEach
    void close() throws Exception {
        studio.close();
        pds.close();
    }

    @Test
    void postsAreReadInBatchesOnTheirScheduleAndADeletedPostIsMeasuredNoMore() {
        Account account = pds.connect(studio.publishing());
        List<ScheduledPost> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1)); // a post a second: each gets its own record key, as in real time
            out.add(studio.scheduling().publishNow(account, "Post number " + i + " about the harbour", List.of()));
        }
        String first = rkey(out.getFirst());
        pds.counts.put(first, new long[] {12, 3, 4, 1});
        pds.counts.put(rkey(out.get(1)), new long[] {5, 0, 0, 0});
        Analytics analytics = studio.analytics();

        assertThat(analytics.refresh(null, true, () -> false).calls()).isZero(); // nothing is due in the first hour
        clock.advance(Duration.ofMinutes(61));
        Analytics.Refresh hour = analytics.refresh(null, true, () -> false);
        assertThat(hour.measured()).isEqualTo(30);
        assertThat(hour.calls()).isEqualTo(2); // 25 + 5: getPosts takes 25 a call
        assertThat(pds.getPostsCalls).extracting(List::size).containsExactly(25, 5);
        assertThat(analytics.of(out.getFirst().id())).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(MetricsReader.State.MEASURED);
            assertThat(s.counts().reactions()).isEqualTo(12);
            assertThat(s.counts().comments()).isEqualTo(3);
            assertThat(s.counts().shares()).isEqualTo(4);
            assertThat(s.counts().quotes()).isEqualTo(1);
            assertThat(s.counts().impressions()).isNull(); // Bluesky does not say: not available, not zero
        });
        assertThat(analytics.refresh(null, true, () -> false).calls()).isZero(); // measured at 1 h: not due again yet

        // Six hours on: the likes grew, two were taken back on another post, one post was deleted on Bluesky.
        pds.counts.put(first, new long[] {40, 5, 9, 2});
        pds.counts.put(rkey(out.get(1)), new long[] {3, 0, 0, 0});
        String deleted = studio.scheduling().posts().get(out.get(2).id()).platformPostId();
        pds.records.remove(rkey(out.get(2)));
        clock.advance(Duration.ofHours(5));
        Analytics.Refresh six = analytics.refresh(null, true, () -> false);
        assertThat(six.measured()).isEqualTo(29);
        assertThat(six.gone()).isEqualTo(1);
        assertThat(analytics.of(out.getFirst().id())).extracting(s -> s.counts().reactions()).containsExactly(12L, 40L);
        assertThat(analytics.of(out.get(1).id())).extracting(s -> s.counts().reactions()).containsExactly(5L, 3L); // down, as given
        assertThat(analytics.of(out.get(2).id())).last().extracting(Snapshot::state).isEqualTo(MetricsReader.State.GONE);

        // On demand, everything still on Bluesky is read at once; the deleted post is asked for no more.
        pds.getPostsCalls.clear();
        Analytics.Refresh now = analytics.refresh(account.id(), false, () -> false);
        assertThat(now.measured()).isEqualTo(29);
        assertThat(pds.getPostsCalls.stream().flatMap(List::stream)).doesNotContain(deleted);
    }

    @Test
    void aServerThatAsksToSlowDownIsHonouredAndTheRoundSaysSo() {
        Account account = pds.connect(studio.publishing());
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            studio.scheduling().publishNow(account, "Post " + i, List.of());
        }
        clock.advance(Duration.ofHours(2));
        pds.readsLimitedFor = 120;
        Analytics.Refresh limited = studio.analytics().refresh(null, true, () -> false);
        assertThat(limited.calls()).isEqualTo(1); // one refused call, no retry loop
        assertThat(limited.measured()).isZero();
        assertThat(limited.problems()).singleElement().asString().contains("Bluesky").contains("next round");
        assertThat(pds.getPostsCalls).hasSize(1);

        pds.readsLimitedFor = -1;
        assertThat(studio.analytics().refresh(null, true, () -> false).measured()).isEqualTo(3); // still due next round
    }

    private String rkey(ScheduledPost post) {
        String uri = studio.scheduling().posts().get(post.id()).platformPostId();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
