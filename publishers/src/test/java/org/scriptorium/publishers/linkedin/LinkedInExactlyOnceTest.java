package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.scheduling.AttemptOutcome;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.common.AfterStoring;
import org.scriptorium.publishers.common.PublishingRounds;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A LinkedIn post goes out once, whatever becomes of the create after LinkedIn stored it: the pooled connection drops
 * without an answer, or a gateway answers 502. LinkedIn has no idempotency keys, so a second create would be a second
 * post; the engine finds the first among the author's latest posts instead.
 */
class LinkedInExactlyOnceTest {
    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(LinkedInPublishTest.NOW);
    private FakeLinkedIn linkedIn;
    private Studio studio;
    private PublishingRounds rounds;
    private Account account;

    @BeforeEach
    void start() throws IOException {
        linkedIn = new FakeLinkedIn();
        linkedIn.clock = clock;
        studio = Studio.open(dataDir, clock);
        studio.publishing().endpoints().set(Network.LINKEDIN, "api", linkedIn.base());
        studio.publishing().endpoints().set(Network.LINKEDIN, "auth", linkedIn.base());
        rounds = new PublishingRounds(studio, clock);
        account = LinkedInPublishTest.connectedMember(studio, LinkedInPublishTest.NOW.plus(Duration.ofDays(50)));
        // An earlier post went out a minute before: its connection stays in the pool.
        assertThat(rounds.publish(rounds.plan(account, "Yesterday's news", Duration.ofMinutes(1)).id())).containsExactly(AttemptOutcome.PUBLISHED);
    }

    @AfterEach
    void stop() {
        studio.close();
        linkedIn.close();
    }

    @Test
    void aPostDroppedOnAPooledConnectionAfterLinkedInStoredItIsFoundAmongTheAuthorsPostsNotSentAgain() {
        ScheduledPost planned = rounds.plan(account, "Exactly once, for real", Duration.ofHours(1));
        linkedIn.nextCreate = AfterStoring.DROP_CONNECTION;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        List<RecordedRequest> creates = creates(planned);
        assertThat(creates).as("one create reached LinkedIn").hasSize(1);
        assertThat(creates.getFirst().getExchangeIndex()).as("on a connection reused from the pool").isPositive();
        assertPublishedOnce(planned);
    }

    @Test
    void aBadGatewayAfterLinkedInStoredThePostIsFoundAmongTheAuthorsPostsNotRetried() {
        ScheduledPost planned = rounds.plan(account, "Through a tired gateway", Duration.ofHours(1));
        linkedIn.nextCreate = AfterStoring.BAD_GATEWAY;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(creates(planned)).hasSize(1);
        assertPublishedOnce(planned);
    }

    private List<RecordedRequest> creates(ScheduledPost planned) {
        String commentary = LittleText.commentary(planned.text());
        return linkedIn.requests("POST", "/rest/posts").stream().filter(r -> r.getBody().utf8().contains(commentary)).toList();
    }

    private void assertPublishedOnce(ScheduledPost planned) {
        List<JsonNode> kept = linkedIn.keptPosts();
        assertThat(kept).extracting(p -> p.path("commentary").asText())
                .containsExactly(LittleText.commentary(planned.text()), LittleText.commentary("Yesterday's news"));
        String urn = kept.getFirst().path("id").asText();
        ScheduledPost after = rounds.post(planned.id());
        assertThat(after.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(after.platformPostId()).isEqualTo(urn);
        assertThat(after.url()).isEqualTo("https://www.linkedin.com/feed/update/" + urn + "/");
    }
}
