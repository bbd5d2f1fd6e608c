package org.scriptorium.publishers.facebook;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishException.Kind;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publishing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** What each Graph failure means for the scheduler, and how a post whose outcome is unknown is found again. */
class FacebookFailuresTest {
    @TempDir
    Path dataDir;
    private FacebookTestBed bed;
    private Account bakery;

    @BeforeEach
    void connectBakery() throws IOException {
        bed = new FacebookTestBed(dataDir);
        bakery = bed.bakery();
    }

    @AfterEach
    void closeStudio() {
        bed.close();
    }

    /** A Graph error answer and what it must become. */
    record Case(int status, int code, String graphSays, String retryAfterHeader, Kind kind, Duration retryAfter, boolean paused, String saying) {
        @Override
        public String toString() {
            return "HTTP " + status + " code " + code + " -> " + kind;
        }
    }

    static List<Case> graphErrors() {
        return List.of(
                new Case(400, 190, "Error validating access token: The session has been invalidated because the user changed their password.",
                        null, Kind.AUTH_EXPIRED, null, false, "connect it again"),
                new Case(400, 4, "(#4) Application request limit reached", "120", Kind.RETRYABLE, Duration.ofSeconds(120), false, "limiting"),
                new Case(400, 32, "(#32) Page request limit reached", null, Kind.RETRYABLE, Duration.ofMinutes(5), false, "limiting"),
                new Case(400, 368, "It looks like you were misusing this feature by going too fast.", null, Kind.RETRYABLE, null, true, "blocked"),
                new Case(400, 506, "Duplicate status message", null, Kind.REJECTED, null, false, "duplicate"),
                new Case(403, 200, "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin",
                        null, Kind.REJECTED, null, false, "lacks the pages_read_engagement and pages_manage_posts permissions"),
                // A server error to a create may come after Facebook stored the post: looked for before anything is sent again.
                new Case(500, 2, "An unexpected error has occurred. Please retry your request later.", null, Kind.OUTCOME_UNKNOWN, null, false,
                        "server error (HTTP 500)"),
                new Case(503, 0, "Service temporarily unavailable", "30", Kind.OUTCOME_UNKNOWN, Duration.ofSeconds(30), false, "HTTP 503"),
                new Case(400, 100, "(#100) Invalid parameter near " + FakeGraph.BAKERY_TOKEN, null, Kind.REJECTED, null, false, "Invalid parameter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphErrors")
    void eachGraphErrorBecomesTheFailureTheSchedulerActsOn(Case c) {
        String[] header = c.retryAfterHeader() == null ? new String[0] : new String[]{"Retry-After", c.retryAfterHeader()};
        bed.graph.failNext("POST /101/feed", c.status(), c.code(), c.graphSays(), header);
        Instant before = Instant.now();

        PublishException e = catchThrowableOfType(PublishException.class,
                () -> bed.publisher(bakery).publish(job(OutgoingPost.text("Sourdough is back"), Instant.now())));

        assertThat(e.kind()).isEqualTo(c.kind());
        assertThat(e.getMessage()).contains(c.saying()).doesNotContain(FakeGraph.BAKERY_TOKEN).doesNotContain(FakeGraph.APP_SECRET);
        assertThat(e.retryAfter()).isEqualTo(c.retryAfter());
        if (c.paused()) {
            assertThat(e.pausedUntil()).isCloseTo(before.plus(Duration.ofDays(1)), within(1, ChronoUnit.MINUTES));
        } else {
            assertThat(e.pausedUntil()).isNull();
        }
        if (c.kind() == Kind.REJECTED) {
            assertThat(e.platformMessage()).isNotBlank().doesNotContain(FakeGraph.BAKERY_TOKEN);
        }
        assertThat(bed.graph.calls("POST", "/101/feed")).as("never retried behind the scheduler's back").hasSize(1);
    }

    @Test
    void anExpiredTokenMarksTheAccountForReconnectingThroughTheFacade() {
        bed.graph.failNext("POST /101/feed", 400, 190, "Error validating access token: Session has expired.");
        try (Publishing publishing = new Publishing(bed.studio.publishing().accounts(), bed.studio.publishing().endpoints(), Clock.systemUTC(),
                List.of(new FacebookModule()))) {
            assertThatThrownBy(() -> publishing.publishNow(bakery, OutgoingPost.text("Sourdough is back")))
                    .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
            assertThat(publishing.accounts().find(bakery.id()).orElseThrow().status()).isEqualTo(AccountStatus.NEEDS_REAUTHORIZATION);
        }
    }

    @Test
    void aTimeoutAfterThePostReachedFacebookIsAnUnknownOutcomeThatReconcilingResolves() {
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build();
        bed.graph.delayNext("POST /101/feed", Duration.ofSeconds(3));
        PublishJob job = job(OutgoingPost.text("Sourdough is back\r\nfrom Tuesday  "), Instant.now());

        PublishException e = catchThrowableOfType(PublishException.class,
                () -> new FacebookPublisher(bakery, bed.context(impatient)).publish(job));

        assertThat(e.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN);
        assertThat(bed.graph.calls("POST", "/101/feed")).as("sent once, and not again by the HTTP client").hasSize(1);
        String created = bed.graph.posts().keySet().iterator().next();
        assertThat(bed.publisher(bakery).reconcile(job)).contains(new Published(created, URI.create("https://www.facebook.com/" + created)));
        assertThat(bed.graph.calls("POST", "/101/feed")).hasSize(1);
    }

    @Test
    void reconcilingFindsAHeldPostAndIsEmptyOnlyWhenTheListingSaysItIsNotThere() {
        Instant jobStart = Instant.now();
        bed.graph.addPost(FakeGraph.BAKERY, "Sourdough is back", jobStart.minus(Duration.ofDays(7)), null);
        bed.graph.addPost(FakeGraph.BAKERY, "Rye is back", jobStart.plusSeconds(1), null);
        PublishJob now = job(OutgoingPost.text("Sourdough is back"), jobStart);

        assertThat(bed.publisher(bakery).reconcile(now)).as("last week's post with the same words is not this job's").isEmpty();

        long at = jobStart.plus(Duration.ofHours(2)).getEpochSecond();
        FakeGraph.Post held = bed.graph.addPost(FakeGraph.BAKERY, "Hot cross buns on Friday", jobStart.plusSeconds(2), at);
        PublishJob scheduled = job(new OutgoingPost("Hot cross buns on Friday", List.of(), null, Instant.ofEpochSecond(at)), jobStart);
        assertThat(bed.publisher(bakery).reconcile(scheduled)).map(Published::postId).contains(held.id());

        bed.graph.failNext("GET /101/feed", 500, 2, "An unexpected error has occurred. Please retry your request later.");
        assertThatThrownBy(() -> bed.publisher(bakery).reconcile(now)).as("a failed listing is not proof of absence")
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE));
        assertThat(bed.graph.calls()).filteredOn(c -> c.method().equals("POST")).isEmpty();
    }

    private static PublishJob job(OutgoingPost post, Instant createdAt) {
        return new PublishJob(UUID.randomUUID(), UUID.randomUUID().toString(), createdAt, post);
    }
}
