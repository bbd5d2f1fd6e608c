package org.scriptorium.publishers.facebook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.AttemptOutcome;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.common.AfterStoring;
import org.scriptorium.publishers.common.PublishingRounds;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Facebook Page post goes out once, whatever becomes of the create after Facebook stored it: the pooled connection
 * drops without an answer, or a gateway answers 502. Graph has no idempotency keys, so a second create would be a
 * second post; the engine finds the first on the Page's feed instead.
 */
class FacebookExactlyOnceTest {
    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private FakeGraph graph;
    private Studio studio;
    private PublishingRounds rounds;
    private Account bakery;

    @BeforeEach
    void start() throws IOException {
        graph = new FakeGraph();
        graph.clock = clock;
        studio = Studio.open(dataDir, clock);
        rounds = new PublishingRounds(studio, clock);
        bakery = graph.connectBakery(studio.publishing());
        // An earlier post went out a minute before: its connection stays in the pool.
        assertThat(rounds.publish(rounds.plan(bakery, "Rye is back", Duration.ofMinutes(1)).id())).containsExactly(AttemptOutcome.PUBLISHED);
    }

    @AfterEach
    void stop() {
        studio.close();
        graph.close();
    }

    @Test
    void aPostDroppedOnAPooledConnectionAfterFacebookStoredItIsFoundOnTheFeedNotSentAgain() {
        ScheduledPost planned = rounds.plan(bakery, "Exactly once, for real", Duration.ofHours(1));
        graph.nextCreate = AfterStoring.DROP_CONNECTION;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(graph.calls("POST", "/101/feed")).as("one create each for the earlier post and this one").hasSize(2);
        assertThat(graph.calls("POST", "/101/feed").getLast().exchangeIndex()).as("on a connection reused from the pool").isPositive();
        assertPublishedOnce(planned);
    }

    @Test
    void aBadGatewayAfterFacebookStoredThePostIsFoundOnTheFeedNotRetried() {
        ScheduledPost planned = rounds.plan(bakery, "Through a tired gateway", Duration.ofHours(1));
        graph.nextCreate = AfterStoring.BAD_GATEWAY;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(graph.calls("POST", "/101/feed")).hasSize(2);
        assertPublishedOnce(planned);
    }

    private void assertPublishedOnce(ScheduledPost planned) {
        assertThat(graph.messages(FakeGraph.BAKERY)).containsExactly("Rye is back", planned.text());
        String id = List.copyOf(graph.posts().keySet()).getLast();
        ScheduledPost after = rounds.post(planned.id());
        assertThat(after.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(after.platformPostId()).isEqualTo(id);
        assertThat(after.url()).isEqualTo("https://www.facebook.com/" + id);
    }
}
