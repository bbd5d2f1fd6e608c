package org.scriptorium.publishers.mastodon;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MastodonPublishingTest {
    private static final URI REDIRECT = URI.create("http://127.0.0.1:53682/callback");
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private FakeMastodon mastodon;
    private Studio studio;

    @BeforeEach
    void start() throws Exception {
        mastodon = new FakeMastodon();
        studio = TestStudios.open(dataDir);
    }

    @AfterEach
    void stop() {
        studio.close();
        mastodon.close();
    }

    /** What the browser does: opens the page, the user agrees, the server sends it back with a code and the state. */
    private AuthorizationRequest signInPage(AccountConnector connector) {
        AuthorizationRequest request = connector.authorization(new ConnectOptions(mastodon.url(), null, null, null, null), REDIRECT);
        HttpUrl page = HttpUrl.get(request.authorizationUrl().toString());
        assertThat(page.encodedPath()).isEqualTo("/oauth/authorize");
        assertThat(page.queryParameter("client_id")).isEqualTo("client-abc");
        assertThat(page.queryParameter("redirect_uri")).isEqualTo(REDIRECT.toString());
        assertThat(page.queryParameter("response_type")).isEqualTo("code");
        assertThat(page.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(page.queryParameter("state")).isEqualTo(request.state()).hasSizeGreaterThanOrEqualTo(43);
        mastodon.challenge = page.queryParameter("code_challenge");
        return request;
    }

    private Account connect() {
        AccountConnector connector = studio.publishing().connector(Network.MASTODON);
        AuthorizationRequest request = signInPage(connector);
        return connector.complete(request, URI.create(REDIRECT + "?code=the-code&state=" + request.state())).getFirst();
    }

    @Test
    void connectsWithPkceAndRefusesAForeignStateOrADeclinedSignIn() {
        AccountConnector connector = studio.publishing().connector(Network.MASTODON);
        AuthorizationRequest first = signInPage(connector);
        assertThatThrownBy(() -> connector.complete(first, URI.create(REDIRECT + "?code=the-code&state=forged")))
                .isInstanceOf(ScriptoriumException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> connector.complete(first, URI.create(REDIRECT + "?error=access_denied&state=" + first.state())))
                .hasMessageContaining("declined");
        assertThatThrownBy(() -> connector.complete(first, URI.create("http://127.0.0.1:9999/elsewhere?code=the-code&state=" + first.state())))
                .hasMessageContaining("unexpected address");
        assertThat(studio.publishing().accounts().list()).isEmpty();

        Account account = connect();
        assertThat(account.handle()).isEqualTo("@ana@" + URI.create(mastodon.url()).getHost());
        assertThat(account.name()).isEqualTo("Ana Lima");
        assertThat(account.statusAt(Instant.now())).isEqualTo(AccountStatus.CONNECTED);
        assertThat(studio.publishing().accounts().secrets().get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(FakeMastodon.TOKEN);
    }

    @Test
    void publishesTextAndImagesOnceWhateverTheRetriesAndSchedulesOnTheServer() throws Exception {
        Account account = connect();
        Path png = files.resolve("chart.png");
        ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Publisher publisher = studio.publishing().publisher(account);
        PublishJob job = new PublishJob(UUID.randomUUID(), "job-key-1", Instant.now(),
                new OutgoingPost("Grid upgrades, explained", List.of(new PostImage(png, "Bar chart of delays")), null, null));

        Published first = publisher.publish(job);
        Published repeat = publisher.publish(job); // the same Idempotency-Key: the server answers with the first status
        assertThat(repeat.postId()).isEqualTo(first.postId());
        assertThat(mastodon.statuses).hasSize(1);
        assertThat(mastodon.statusPosts).allSatisfy(r -> assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo("job-key-1"));
        assertThat(mastodon.statusForm(0)).containsEntry("status", "Grid upgrades, explained").containsEntry("visibility", "public")
                .containsKey("media_ids[]");

        Instant tooSoon = Instant.now().plusSeconds(60);
        assertThat(publisher.validate(new OutgoingPost("Later", List.of(), null, tooSoon))).extracting(p -> p.message())
                .containsExactly("Mastodon schedules posts at least 5 minutes ahead.");
        Instant tomorrow = Instant.parse("2030-01-01T09:00:00Z");
        Published scheduled = publisher.publish(new PublishJob(UUID.randomUUID(), "job-key-2", Instant.now(), new OutgoingPost("Later", List.of(), null, tomorrow)));
        assertThat(scheduled.postId()).startsWith("s");
        assertThat(mastodon.scheduled.get(scheduled.postId())).containsEntry("scheduled_at", "2030-01-01T09:00:00Z");
        assertThat(mastodon.statuses).as("held by the server, not on the timeline yet").hasSize(1);
    }

    @Test
    void aTimeoutAfterSendingIsAnUnknownOutcomeAndTheStatusIsFoundOnTheTimeline() {
        Account account = connect();
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(1, TimeUnit.SECONDS).build();
        Publisher publisher = new MastodonModule().publisher(account, new PublishingContext(impatient, Clock.systemUTC(),
                studio.publishing().endpoints(), studio.publishing().accounts()));
        PublishJob job = new PublishJob(UUID.randomUUID(), "job-key-3", Instant.parse("2026-11-23T09:00:00Z"), OutgoingPost.text("Said \"once\" & only once"));
        mastodon.stallStatuses = true;

        assertThatThrownBy(() -> publisher.publish(job)).isInstanceOfSatisfying(PublishException.class,
                e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.OUTCOME_UNKNOWN));
        assertThat(mastodon.statusPosts).hasSize(1);
        mastodon.stallStatuses = false;
        assertThat(publisher.reconcile(job)).hasValueSatisfying(p -> assertThat(p.url().toString()).endsWith("/@ana/" + p.postId()));
        assertThat(publisher.reconcile(new PublishJob(UUID.randomUUID(), "k", Instant.parse("2026-11-23T09:00:00Z"), OutgoingPost.text("Never sent")))).isEmpty();
    }

    @Test
    void aScheduledStatusHandedToTheServerIsMovedCancelledAndFoundOnTheTimelineAfterItsTime() {
        Publisher publisher = studio.publishing().publisher(connect());
        assertThat(publisher).isInstanceOf(PlatformSchedule.class);
        PlatformSchedule schedule = (PlatformSchedule) publisher;
        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        PublishJob job = new PublishJob(UUID.randomUUID(), "hand-off-1", Instant.now(), new OutgoingPost("Heat pumps, part two", List.of(), null, at));

        String held = schedule.handOff(job);
        assertThat(schedule.handOff(job)).as("the same key: the server answers with the first").isEqualTo(held);
        assertThat(mastodon.scheduledTimes()).containsExactly(Map.entry(held, at));
        assertThat(mastodon.statuses).isEmpty();
        assertThat(schedule.findHandedOff(job)).contains(held);
        assertThat(schedule.check(held, job)).isEqualTo(new PlatformSchedule.HeldPost.Waiting(at));

        Instant later = at.plus(Duration.ofHours(1));
        schedule.move(held, later);
        assertThat(mastodon.scheduledTimes()).containsExactly(Map.entry(held, later));
        assertThatThrownBy(() -> schedule.move(held, Instant.now().plusSeconds(60))).isInstanceOfSatisfying(PublishException.class,
                e -> assertThat(e.getMessage()).startsWith("Mastodon refused the new time"));

        mastodon.publishScheduled();
        assertThat(schedule.check(held, job)).isInstanceOfSatisfying(PlatformSchedule.HeldPost.WentOut.class,
                out -> assertThat(out.published().url().toString()).isEqualTo(mastodon.url() + "/@ana/" + out.published().postId()));
        assertThat(schedule.findHandedOff(job)).as("once out, found on the timeline").isPresent();
        assertThatThrownBy(() -> schedule.cancel(held)).isInstanceOf(InvalidInput.class).hasMessageContaining("no longer holds");

        PublishJob second = new PublishJob(UUID.randomUUID(), "hand-off-2", Instant.now(), new OutgoingPost("Never mind", List.of(), null, at));
        String cancelled = schedule.handOff(second);
        schedule.cancel(cancelled);
        assertThat(mastodon.scheduledTimes()).isEmpty();
        assertThat(schedule.findHandedOff(second)).isEmpty();
        PublishJob pastItsTime = new PublishJob(second.id(), second.idempotencyKey(), second.createdAt(),
                new OutgoingPost("Never mind", List.of(), null, Instant.now().minus(Duration.ofMinutes(30))));
        assertThat(schedule.check(cancelled, pastItsTime)).isInstanceOf(PlatformSchedule.HeldPost.Dropped.class);
        assertThat(mastodon.statuses).hasSize(1);
    }

    @Test
    void aRevokedTokenMarksTheAccountForReconnectionAndDisconnectRevokes() {
        Account account = connect();
        mastodon.tokenRevoked = true;
        assertThatThrownBy(() -> studio.publishing().publishNow(account, OutgoingPost.text("Anyone there?")))
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.AUTH_EXPIRED));
        Account stored = studio.publishing().accounts().find(account.id()).orElseThrow();
        assertThat(stored.describeStatus(Instant.now())).isEqualTo("needs re-authorization");

        mastodon.tokenRevoked = false;
        studio.publishing().disconnect(stored);
        assertThat(mastodon.revoked).containsExactly(FakeMastodon.TOKEN);
        assertThat(studio.publishing().accounts().secrets().get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).isEmpty();
    }

    @Test
    void whatStatusesDidIsReadOneByOneAndADeletedOneIsGone() {
        Account account = connect();
        var first = studio.scheduling().publishNow(account, "Harbour notes, one", List.of());
        var second = studio.scheduling().publishNow(account, "Harbour notes, two", List.of());
        String firstId = studio.scheduling().posts().get(first.id()).platformPostId();
        mastodon.counts.put(firstId, new long[] {14, 3, 5});
        mastodon.delete(studio.scheduling().posts().get(second.id()).platformPostId());

        var refresh = studio.analytics().refresh(account.id(), false, () -> false);

        assertThat(refresh.measured()).isEqualTo(1);
        assertThat(refresh.gone()).isEqualTo(1);
        assertThat(refresh.calls()).isEqualTo(2);
        assertThat(studio.analytics().of(first.id())).singleElement().satisfies(s -> {
            assertThat(s.counts().reactions()).isEqualTo(14L); // favourites
            assertThat(s.counts().comments()).isEqualTo(3L);
            assertThat(s.counts().shares()).isEqualTo(5L);     // boosts
            assertThat(s.counts().quotes()).isNull();
        });
        assertThat(studio.analytics().refresh(account.id(), false, () -> false).calls()).isEqualTo(1); // the deleted one is asked for no more
    }
}
