package org.scriptorium.publishers.facebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.analytics.Snapshot;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Page's posts did, read through the real Graph client from a fake that answers the multiple-id read. */
class FacebookMetricsTest {
    @TempDir
    Path dir;
    private FacebookTestBed bed;
    private Account bakery;

    @BeforeEach
    void open() throws Exception {
        bed = new FacebookTestBed(dir);
        bakery = bed.bakery();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aPagesPostsAreReadInOneCallWithTheirViewsAndADeletedOneIsGone() {
        List<ScheduledPost> out = publish(3);
        bed.graph.metrics.counts.put(id(out.get(0)), new long[] {21, 4, 2, 930, 610});
        bed.graph.metrics.counts.put(id(out.get(1)), new long[] {3, 0, 0, 120, 95}); // nobody shared it: Graph leaves "shares" out
        bed.graph.deleteOnFacebook(id(out.get(2)));

        Analytics.Refresh refresh = bed.studio.analytics().refresh(bakery.id(), false, () -> false);

        assertThat(refresh.measured()).isEqualTo(2);
        assertThat(refresh.gone()).isEqualTo(1);
        assertThat(refresh.calls()).isEqualTo(1);
        assertThat(bed.studio.analytics().of(out.get(0).id())).singleElement().satisfies(s -> {
            assertThat(s.counts().reactions()).isEqualTo(21);
            assertThat(s.counts().comments()).isEqualTo(4);
            assertThat(s.counts().shares()).isEqualTo(2);
            assertThat(s.counts().impressions()).isEqualTo(930);
            assertThat(s.counts().reach()).isEqualTo(610);
            assertThat(s.detail()).isNull();
        });
        assertThat(bed.studio.analytics().of(out.get(1).id())).singleElement().extracting(s -> s.counts().shares()).isEqualTo(0L);
        assertThat(bed.studio.analytics().of(out.get(2).id())).singleElement().extracting(Snapshot::state).isEqualTo(MetricsReader.State.GONE);
        // Graph refused the read naming the deleted post (#803); the two others were asked again, with the current metric names.
        var reads = bed.graph.calls("GET", "/");
        assertThat(reads).hasSize(2);
        assertThat(reads.getLast().params().get("ids").split(",")).hasSize(2);
        assertThat(reads.getLast().params().get("fields")).contains("insights.metric(post_media_view,post_total_media_view_unique)");
    }

    @Test
    void withoutThePermissionForInsightsTheCountsStillComeAndTheViewsSayWhy() {
        ScheduledPost post = publish(1).getFirst();
        bed.graph.metrics.counts.put(id(post), new long[] {8, 1, 0, 400, 300});
        bed.graph.metrics.insightsRefused = true;

        bed.studio.analytics().refresh(bakery.id(), false, () -> false);

        assertThat(bed.studio.analytics().of(post.id())).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(MetricsReader.State.MEASURED);
            assertThat(s.counts().reactions()).isEqualTo(8);
            assertThat(s.counts().impressions()).isNull(); // not given: not zero
            assertThat(s.detail()).contains("read_insights");
        });
    }

    @Test
    void aMetricMetaRetiredLeavesTheViewsOutAndSaysSo() {
        ScheduledPost post = publish(1).getFirst();
        bed.graph.metrics.counts.put(id(post), new long[] {5, 2, 1, 400, 300});
        bed.graph.metrics.alsoRetired = Set.of("post_media_view");

        bed.studio.analytics().refresh(bakery.id(), false, () -> false);

        assertThat(bed.studio.analytics().of(post.id())).singleElement().satisfies(s -> {
            assertThat(s.counts().comments()).isEqualTo(2);
            assertThat(s.counts().impressions()).isNull();
            assertThat(s.detail()).contains("no longer gives post_media_view").contains(FakeGraph.VERSION);
        });
    }

    @Test
    void aPageWhoseCountsAreRefusedIsNotAvailableAndAThrottleWaitsForTheNextRound() {
        ScheduledPost post = publish(1).getFirst();
        bed.graph.metrics.countsRefused = true;
        Analytics.Refresh refused = bed.studio.analytics().refresh(bakery.id(), false, () -> false);
        assertThat(refused.unavailable()).isEqualTo(1);
        assertThat(bed.studio.analytics().of(post.id())).singleElement().extracting(Snapshot::detail).asString()
                .contains("Not available with this account's permissions").contains("pages_read_engagement");

        bed.graph.metrics.countsRefused = false;
        bed.graph.failNext("GET /", 400, 4, "(#4) Application request limit reached");
        Analytics.Refresh throttled = bed.studio.analytics().refresh(bakery.id(), false, () -> false);
        assertThat(throttled.measured()).isZero();
        assertThat(throttled.problems()).singleElement().asString().contains("Facebook").contains("next round");
    }

    private List<ScheduledPost> publish(int count) {
        List<ScheduledPost> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(bed.studio.scheduling().publishNow(bakery, "Fresh from the oven, batch " + i, List.of()));
        }
        return out;
    }

    private String id(ScheduledPost post) {
        return bed.studio.scheduling().posts().get(post.id()).platformPostId();
    }
}
