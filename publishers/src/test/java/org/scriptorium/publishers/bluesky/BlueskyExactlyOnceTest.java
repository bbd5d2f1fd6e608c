package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Bluesky post goes out once, whatever becomes of the create after the PDS stored the record: the pooled connection
 * it went out on drops without an answer, or a gateway answers 502. Today's PDS answers a second create under the
 * job's record key with a 500, so a create repeated behind the engine's back would leave a live post "failed".
 */
class BlueskyExactlyOnceTest {
    private static final Instant PLANNED_ON = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(PLANNED_ON);
    private FakePds pds;
    private Studio studio;
    private PublishingRounds rounds;
    private Account account;

    @BeforeEach
    void start() throws IOException {
        pds = new FakePds();
        studio = Studio.open(dataDir, clock);
        rounds = new PublishingRounds(studio, clock);
        account = pds.connect(studio.publishing()); // a session and the profile: the connection stays in the pool
    }

    @AfterEach
    void stop() {
        studio.close();
        pds.close();
    }

    @Test
    void aCreateDroppedOnAPooledConnectionAfterThePdsStoredItIsLookedUpAndFoundNotSentAgain() {
        ScheduledPost planned = rounds.plan(account, "Exactly once, for real", Duration.ofHours(1));
        pds.nextCreate = AfterStoring.DROP_CONNECTION;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(pds.createRecordCalls).as("one create reached the PDS").hasSize(1);
        assertThat(pds.createRecordCalls.getFirst().getExchangeIndex()).as("on a connection reused from the pool").isPositive();
        assertPublishedOnce(planned);
    }

    @Test
    void aBadGatewayAfterThePdsStoredTheRecordIsLookedUpAndFoundNotRetried() {
        ScheduledPost planned = rounds.plan(account, "Through a tired gateway", Duration.ofHours(1));
        pds.nextCreate = AfterStoring.BAD_GATEWAY;

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);

        assertThat(pds.createRecordCalls).hasSize(1);
        assertPublishedOnce(planned);
    }

    @Test
    void aPostPlannedDaysAheadIsDatedWhenItGoesOutAndKeepsItsJobsRecordKey() {
        ScheduledPost planned = rounds.plan(account, "Planned on Monday, out on Thursday", Duration.ofDays(3));

        assertThat(rounds.publish(planned.id())).containsExactly(AttemptOutcome.PUBLISHED);

        assertThat(pds.records).containsOnlyKeys(RecordKey.of(planned.id(), PLANNED_ON));
        JsonNode record = pds.records.values().iterator().next();
        assertThat(Instant.parse(record.path("createdAt").asText())).isEqualTo(PLANNED_ON.plus(Duration.ofDays(3))).isEqualTo(clock.instant());
    }

    /** What the engine no longer lets happen: OkHttp's default client sends the dropped create again, and meets the PDS's 500. */
    @Test
    void aClientLeftToRepeatByItselfSendsTheDroppedCreateAgainAndMeetsA500() throws IOException {
        OkHttpClient repeating = new OkHttpClient();
        repeating.newCall(xrpc("com.atproto.identity.resolveHandle?handle=bob.example.com").get().build()).execute().close();
        String create = "{\"repo\":\"" + FakePds.DID + "\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3kexactlyonce\",\"record\":"
                + "{\"$type\":\"app.bsky.feed.post\",\"text\":\"Twice?\",\"createdAt\":\"" + clock.instant() + "\"}}";
        pds.nextCreate = AfterStoring.DROP_CONNECTION;

        try (Response answer = repeating.newCall(xrpc("com.atproto.repo.createRecord")
                .post(RequestBody.create(create, MediaType.get("application/json"))).build()).execute()) {
            assertThat(answer.code()).as("its own repeat collided with the stored record").isEqualTo(500);
        } finally {
            repeating.connectionPool().evictAll();
        }
        assertThat(pds.createRecordCalls).hasSize(2);
        assertThat(pds.records).hasSize(1);
    }

    private void assertPublishedOnce(ScheduledPost planned) {
        Map.Entry<String, JsonNode> record = pds.records.entrySet().iterator().next();
        assertThat(pds.records).hasSize(1);
        ScheduledPost after = rounds.post(planned.id());
        assertThat(after.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(after.url()).isEqualTo("https://bsky.app/profile/" + FakePds.HANDLE + "/post/" + record.getKey());
        assertThat(after.failure()).isNull();
        assertThat(record.getValue().path("text").asText()).isEqualTo(planned.text());
    }

    private Request.Builder xrpc(String method) {
        return new Request.Builder().url(pds.url() + "/xrpc/" + method).header("Authorization", "Bearer access-1");
    }
}
