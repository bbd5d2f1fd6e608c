package org.scriptorium.publishers.facebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.PlatformSchedule.HeldPost;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A post handed to a Facebook Page: held unpublished with its time, moved, cancelled, and looked at again after its time. */
class FacebookHandOffTest {
    @TempDir
    Path dataDir;
    private FacebookTestBed bed;
    private PlatformSchedule schedule;

    @BeforeEach
    void connectBakery() throws IOException {
        bed = new FacebookTestBed(dataDir);
        Account page = bed.bakery();
        // Discovered as the scheduler does: the Page's publisher also schedules natively.
        assertThat(bed.studio.publishing().publisher(page)).isInstanceOf(PlatformSchedule.class);
        schedule = bed.publisher(page);
    }

    @AfterEach
    void closeStudio() {
        bed.close();
    }

    private static Instant inHours(int hours) {
        return Instant.now().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static PublishJob job(String text, Instant at) {
        return new PublishJob(UUID.randomUUID(), UUID.randomUUID().toString(), Instant.now(), new OutgoingPost(text, List.of(), null, at));
    }

    @Test
    void aHandedOffPostIsHeldUnpublishedMovedOnThePageAndSeenWithItsPermalinkOnceFacebookPublishedIt() {
        Instant three = inHours(3);
        PublishJob job = job("Hot cross buns on Friday", three);

        String held = schedule.handOff(job);

        assertThat(bed.graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held, three));
        assertThat(bed.graph.calls("POST", "/101/feed").getFirst().params()).containsEntry("published", "false")
                .containsEntry("scheduled_publish_time", Long.toString(three.getEpochSecond()));
        assertThat(schedule.findHandedOff(job)).contains(held);
        assertThat(schedule.findHandedOff(job("Never handed off", three))).isEmpty();
        assertThat(schedule.check(held, job)).isEqualTo(new HeldPost.Waiting(three));

        Instant five = inHours(5);
        schedule.move(held, five);
        FakeGraph.Call update = bed.graph.calls("POST", "/" + held).getFirst();
        assertThat(update.params()).containsOnlyKeys("scheduled_publish_time", "access_token", "appsecret_proof")
                .containsEntry("scheduled_publish_time", Long.toString(five.getEpochSecond()))
                .containsEntry("appsecret_proof", FakeGraph.proof(FakeGraph.BAKERY_TOKEN));
        assertThat(bed.graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held, five));
        assertThat(schedule.check(held, job)).isEqualTo(new HeldPost.Waiting(five));

        bed.graph.publishScheduled();
        assertThat(schedule.check(held, job)).isEqualTo(new HeldPost.WentOut(
                new Published(held, URI.create("https://www.facebook.com/" + held.replace("_", "/posts/")))));
        assertThatThrownBy(() -> schedule.move(held, inHours(6))).isInstanceOf(InvalidInput.class).hasMessageContaining("already gone out");
        assertThatThrownBy(() -> schedule.cancel(held)).isInstanceOf(InvalidInput.class).hasMessageContaining("already gone out");
        assertThat(bed.graph.posts()).containsKey(held);
        assertThat(bed.graph.calls()).filteredOn(c -> c.method().equals("DELETE")).isEmpty();
    }

    @Test
    void aCancelledPostIsDeletedFromThePageAndThenCountsAsDroppedThere() {
        PublishJob job = job("Closed on Monday", inHours(2));
        String held = schedule.handOff(job);

        schedule.cancel(held);

        assertThat(bed.graph.scheduled(FakeGraph.BAKERY)).isEmpty();
        assertThat(bed.graph.posts()).doesNotContainKey(held);
        assertThat(schedule.check(held, job)).isInstanceOfSatisfying(HeldPost.Dropped.class,
                d -> assertThat(d.reason()).startsWith("Facebook no longer has the post"));
        assertThatThrownBy(() -> schedule.cancel(held)).isInstanceOf(InvalidInput.class).hasMessageContaining("no longer has that post");
        assertThatThrownBy(() -> schedule.move(held, inHours(4))).isInstanceOf(InvalidInput.class).hasMessageContaining("no longer has that post");
    }

    @Test
    void aTimeFacebookRefusesOrAFailingCheckIsAnErrorNotAnAnswer() {
        PublishJob job = job("Bread tasting", inHours(2));
        String held = schedule.handOff(job);

        assertThatThrownBy(() -> schedule.move(held, Instant.now().plus(Duration.ofMinutes(3))))
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.platformMessage()).contains("scheduled publish time is invalid"));
        bed.graph.failNext("GET /*", 500, 2, "An unexpected error has occurred. Please retry your request later.");
        assertThatThrownBy(() -> schedule.check(held, job)).as("a failed look is not a dropped post")
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.RETRYABLE));
        assertThat(bed.graph.scheduled(FakeGraph.BAKERY)).containsKey(held);
    }
}
