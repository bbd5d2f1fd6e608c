package org.scriptorium.publishers.mastodon;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.scheduling.AttemptOutcome;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.common.AfterStoring;
import org.scriptorium.publishers.common.PublishingRounds;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Mastodon status goes out once, whatever becomes of the create after the server stored it: the pooled connection
 * drops without an answer, or a gateway answers 502. The engine finds it on the account's timeline.
 */
class MastodonExactlyOnceTest {
    private static final URI REDIRECT = URI.create("http://127.0.0.1:53682/callback");

    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private FakeMastodon mastodon;
    private Studio studio;
    private PublishingRounds rounds;
    private Account account;

    @BeforeEach
    void start() throws IOException {
        mastodon = new FakeMastodon();
        mastodon.clock = clock;
        studio = Studio.open(dataDir, clock);
        rounds = new PublishingRounds(studio, clock);
        account = connect(); // registering the app and reading the account: the connection stays in the pool
    }

    @AfterEach
    void stop() {
        studio.close();
        mastodon.close();
    }

    @Test
    void aStatusDroppedOnAPooledConnectionAfterTheServerStoredItIsFoundOnTheTimelineNotSentAgain() {
        ScheduledPost planned = rounds.plan(account, "Exactly once, for real", Duration.ofHours(1));
        mastodon.nextCreate = AfterStoring.DROP_CONNECTION;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(mastodon.statusPosts).as("one create reached the server").hasSize(1);
        assertThat(mastodon.statusPosts.getFirst().getExchangeIndex()).as("on a connection reused from the pool").isPositive();
        assertPublishedOnce(planned);
    }

    @Test
    void aBadGatewayAfterTheServerStoredTheStatusIsFoundOnTheTimelineNotRetried() {
        ScheduledPost planned = rounds.plan(account, "Through a tired gateway", Duration.ofHours(1));
        mastodon.nextCreate = AfterStoring.BAD_GATEWAY;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(mastodon.statusPosts).hasSize(1);
        assertPublishedOnce(planned);
    }

    private void assertPublishedOnce(ScheduledPost planned) {
        assertThat(mastodon.statuses).hasSize(1);
        String id = mastodon.statuses.keySet().iterator().next();
        ScheduledPost after = rounds.post(planned.id());
        assertThat(after.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(after.url()).isEqualTo(mastodon.url() + "/@ana/" + id);
        assertThat(mastodon.statusForm(0)).containsEntry("status", planned.text());
    }

    private Account connect() {
        AccountConnector connector = studio.publishing().connector(Network.MASTODON);
        AuthorizationRequest request = connector.authorization(new ConnectOptions(mastodon.url(), null, null, null, null), REDIRECT);
        mastodon.challenge = HttpUrl.get(request.authorizationUrl().toString()).queryParameter("code_challenge");
        return connector.complete(request, URI.create(REDIRECT + "?code=the-code&state=" + request.state())).getFirst();
    }
}
