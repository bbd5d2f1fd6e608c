package org.scriptorium.publishers.linkedin;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishException.Kind;
import org.scriptorium.core.publishing.Publisher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** LinkedIn's error answers to POST /rest/posts, as it sends them, and what each means for the scheduler and the user. */
class LinkedInErrorsTest {
    @TempDir
    static Path dir;
    private static FakeLinkedIn linkedIn;
    private static Studio studio;
    private static Account account;

    @BeforeAll
    static void open() throws IOException {
        linkedIn = new FakeLinkedIn();
        studio = Studio.open(dir, new TestStudios.ManualClock(LinkedInPublishTest.NOW));
        studio.publishing().endpoints().set(Network.LINKEDIN, "api", linkedIn.base());
        studio.publishing().endpoints().set(Network.LINKEDIN, "auth", linkedIn.base());
        account = LinkedInPublishTest.connectedMember(studio, LinkedInPublishTest.NOW.plus(Duration.ofDays(50)));
    }

    @AfterAll
    static void close() {
        studio.close();
        linkedIn.close();
    }

    record Case(String name, MockResponse answer, Kind kind, String says, Duration retryAfter, Instant pausedUntil) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                new Case("401 expired token", json(401, "{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\","
                        + "\"message\":\"The token used in the request has been revoked by the user\"}"),
                        Kind.AUTH_EXPIRED, "connect the account again", null, null),
                new Case("403 missing permission", json(403, "{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\","
                        + "\"message\":\"Not enough permissions to access: partnerApiPostsExternal.CREATE.20251101 (requires w_member_social)\"}"),
                        Kind.REJECTED, "lacks the w_member_social permission", null, null),
                new Case("422 duplicate", json(422, "{\"status\":422,\"code\":\"DUPLICATE_POST\","
                        + "\"message\":\"Content is a duplicate of urn:li:share:7155012345678901234\"}"),
                        Kind.REJECTED, "already has a post with this text (urn:li:share:7155012345678901234)", null, null),
                new Case("426 retired version", json(426, "{\"status\":426,\"code\":\"NONEXISTENT_VERSION\","
                        + "\"message\":\"Requested version 20251101 is not active\"}"),
                        Kind.REJECTED, "config set linkedin-version", null, null),
                new Case("429 without Retry-After", json(429, "{\"status\":429,\"message\":\"Too Many Requests\"}"),
                        Kind.RETRYABLE, "slow down", Duration.ofSeconds(60), null),
                new Case("429 daily limit", json(429, "{\"status\":429,\"message\":\"Resource level throttle MEMBER DAY limit for calls to this resource is reached.\"}"),
                        Kind.RETRYABLE, "daily limit", null, Instant.parse("2026-11-24T00:00:00Z")),
                // LinkedIn may have stored the post before failing: an unknown outcome, looked into once Retry-After has passed.
                new Case("503 with Retry-After", new MockResponse.Builder().code(503).addHeader("Retry-After", "120").body("<html>busy</html>").build(),
                        Kind.OUTCOME_UNKNOWN, "HTTP 503", Duration.ofSeconds(120), null),
                new Case("400 refused content", json(400, "{\"status\":400,\"code\":\"INVALID_CONTENT\",\"message\":\"/commentary :: text is too long\"}"),
                        Kind.REJECTED, "/commentary :: text is too long", null, null)
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void eachAnswerBecomesTheRightKindOfFailure(Case c) {
        linkedIn.answerNext("POST /rest/posts", c.answer());
        Publisher publisher = new LinkedInPublisher(account, studio.publishing().context());

        PublishException e = catchThrowableOfType(PublishException.class,
                () -> publisher.publish(LinkedInPublishTest.job(OutgoingPost.text("Hello LinkedIn " + c.name()))));

        assertThat(e.kind()).isEqualTo(c.kind());
        assertThat(e.getMessage()).contains(c.says()).doesNotContain(FakeLinkedIn.ACCESS_TOKEN).doesNotContain(FakeLinkedIn.CLIENT_SECRET);
        assertThat(e.retryAfter()).isEqualTo(c.retryAfter());
        assertThat(e.pausedUntil()).isEqualTo(c.pausedUntil());
        if (c.kind() == Kind.REJECTED) {
            assertThat(e.platformMessage()).isNotBlank();
        }
    }

    @Test
    void aRetiredVersionNamesTheVersionThatWasSent() {
        linkedIn.answerNext("POST /rest/posts", json(426, "{\"status\":426,\"code\":\"NONEXISTENT_VERSION\",\"message\":\"Requested version 20251101 is not active\"}"));
        Publisher publisher = new LinkedInPublisher(account, studio.publishing().context());

        PublishException e = catchThrowableOfType(PublishException.class,
                () -> publisher.publish(LinkedInPublishTest.job(OutgoingPost.text("Versioned"))));

        assertThat(e.getMessage()).isEqualTo("LinkedIn no longer serves API version 202511; set a recent month with `scriptorium config set linkedin-version YYYYMM` and try again.");
    }

    private static MockResponse json(int code, String body) {
        return FakeLinkedIn.error(code, body);
    }
}
