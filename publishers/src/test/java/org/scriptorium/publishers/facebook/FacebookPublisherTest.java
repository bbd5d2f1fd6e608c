package org.scriptorium.publishers.facebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FacebookPublisherTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path pictures;
    private FacebookTestBed bed;
    private FacebookPublisher publisher;

    @BeforeEach
    void connectBakery() throws IOException {
        bed = new FacebookTestBed(dataDir);
        publisher = bed.publisher(bed.bakery());
    }

    @AfterEach
    void closeStudio() {
        bed.close();
    }

    @Test
    void aTextPostGoesToThePageFeedAsThePageAndItsFirstCommentUnderIt() {
        Published published = publisher.publish(job(new OutgoingPost("Fresh sourdough from 7 o'clock.\nCome early!", List.of(),
                "Order ahead: https://bakery.example/order", null)));

        assertThat(published.postId()).startsWith(FakeGraph.BAKERY + "_");
        assertThat(published.url()).isEqualTo(URI.create("https://www.facebook.com/" + published.postId()));
        FakeGraph.Call feed = bed.graph.calls("POST", "/101/feed").getFirst();
        assertThat(feed.params()).containsOnlyKeys("message", "access_token", "appsecret_proof")
                .containsEntry("message", "Fresh sourdough from 7 o'clock.\nCome early!")
                .containsEntry("access_token", FakeGraph.BAKERY_TOKEN)
                .containsEntry("appsecret_proof", FakeGraph.proof(FakeGraph.BAKERY_TOKEN));
        assertThat(bed.graph.calls("POST", "/" + published.postId() + "/comments")).singleElement()
                .satisfies(c -> assertThat(c.params()).containsEntry("message", "Order ahead: https://bakery.example/order"));
        assertThat(bed.graph.posts().get(published.postId()).published()).isTrue();
    }

    @Test
    void photosAreUploadedUnpublishedThenAttachedInOrderToOnePost() throws IOException {
        PostImage loaf = new PostImage(picture("loaf.png", 2_000), "A round loaf on a board");
        PostImage shop = new PostImage(picture("shop.jpg", 3_000), "The shop window at dawn");

        Published published = publisher.publish(job(new OutgoingPost("This week's bakes", List.of(loaf, shop), null, null)));

        List<FakeGraph.Call> uploads = bed.graph.calls("POST", "/101/photos");
        assertThat(uploads).hasSize(2);
        assertThat(uploads).extracting(c -> c.files().get("source"))
                .containsExactly(new FakeGraph.Upload("loaf.png", "image/png", 2_000), new FakeGraph.Upload("shop.jpg", "image/jpeg", 3_000));
        // Graph has no alt text for Page photos; nothing but these fields goes with the file.
        assertThat(uploads).allSatisfy(c -> assertThat(c.params()).containsOnlyKeys("published", "access_token", "appsecret_proof")
                .containsEntry("published", "false").containsEntry("appsecret_proof", FakeGraph.proof(FakeGraph.BAKERY_TOKEN)));
        assertThat(bed.graph.posts().get(published.postId()).photos()).as("the feed post carries both photos, in order").hasSize(2);
        assertThat(bed.graph.calls("POST", "/101/feed").getFirst().params()).containsEntry("message", "This week's bakes")
                .containsKeys("attached_media[0]", "attached_media[1]").doesNotContainKey("published");
    }

    @Test
    void aPostWithATimeIsHeldByFacebookUntilThen() throws IOException {
        Instant at = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        OutgoingPost post = new OutgoingPost("Hot cross buns on Friday", List.of(new PostImage(picture("buns.jpg", 1_500), "Buns")), null, at);
        assertThat(publisher.validate(post)).isEmpty();

        Published published = publisher.publish(job(post));

        assertThat(bed.graph.calls("POST", "/101/feed").getFirst().params()).containsEntry("published", "false")
                .containsEntry("scheduled_publish_time", Long.toString(at.getEpochSecond()));
        assertThat(bed.graph.calls("POST", "/101/photos").getFirst().params()).containsEntry("temporary", "true");
        assertThat(publisher.scheduledPosts()).containsExactly(new ScheduledOnPlatform(published.postId(), "Hot cross buns on Friday", at));
    }

    @Test
    void scheduledPostsAreListedAndCancelledButAPublishedPostIsNeverDeleted() {
        Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        FakeGraph.Post waiting = bed.graph.addPost(FakeGraph.BAKERY, "Closed on Monday", Instant.now(), at.getEpochSecond());
        FakeGraph.Post out = bed.graph.addPost(FakeGraph.BAKERY, "Open as usual", Instant.now(), null);

        assertThat(publisher.scheduledPosts()).containsExactly(new ScheduledOnPlatform(waiting.id(), "Closed on Monday", at));

        publisher.cancelScheduled(waiting.id());
        assertThat(bed.graph.posts()).doesNotContainKey(waiting.id());
        assertThat(publisher.scheduledPosts()).isEmpty();

        assertThatThrownBy(() -> publisher.cancelScheduled(out.id())).isInstanceOf(InvalidInput.class).hasMessageContaining("already gone out");
        assertThat(bed.graph.posts()).containsKey(out.id());
        assertThat(bed.graph.calls()).filteredOn(c -> c.method().equals("DELETE")).extracting(FakeGraph.Call::path)
                .containsExactly("/" + waiting.id());
    }

    @Test
    void validationReportsEveryProblemAtOnceWithoutCallingFacebook() throws IOException {
        List<PostImage> images = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            images.add(new PostImage(picture("p" + i + ".jpg", 100), "Photo " + i));
        }
        images.add(new PostImage(pictures.resolve("gone.jpg"), "Deleted since"));
        images.add(new PostImage(picture("huge.jpg", 5_200_000), "Too big"));
        OutgoingPost post = new OutgoingPost("a".repeat(63_207), images, "A first comment", Instant.now().plus(Duration.ofMinutes(5)));

        List<String> problems = publisher.validate(post).stream().map(Problem::message).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "The post is 63,207 characters; Facebook allows 63,206.",
                "The post has 11 images; Facebook takes up to 10.",
                "The image gone.jpg cannot be read; is it still there?",
                "The image huge.jpg is 5.2 MB; Facebook takes images up to 4 MB.",
                "Facebook schedules a post at least 10 minutes ahead; this one is due in 5 minutes.",
                "Facebook cannot hold a first comment for a scheduled post; publish it at its time instead, or drop the comment.");
        assertThat(publisher.validate(new OutgoingPost("Far off", List.of(), null, Instant.now().plus(Duration.ofDays(31)))))
                .extracting(Problem::message).containsExactly("Facebook schedules a post at most 30 days ahead; this one is 31 days ahead.");
        assertThat(bed.graph.calls()).isEmpty();
    }

    @Test
    void aFirstCommentThatFailsDoesNotUndoThePublishedPost() {
        bed.graph.failNext("POST /*/comments", 400, 368, "It looks like you were misusing this feature by going too fast.");

        Published published = publisher.publish(job(new OutgoingPost("Rye is back", List.of(), "Details inside", null)));

        assertThat(bed.graph.posts()).containsKey(published.postId());
        assertThat(bed.graph.calls("POST", "/101/feed")).hasSize(1);
    }

    private Path picture(String name, int bytes) throws IOException {
        return Files.write(pictures.resolve(name), new byte[bytes]);
    }

    static PublishJob job(OutgoingPost post) {
        return new PublishJob(UUID.randomUUID(), UUID.randomUUID().toString(), Instant.now(), post);
    }
}
