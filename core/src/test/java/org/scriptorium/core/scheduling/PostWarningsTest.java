package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Problem;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PostWarningsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static ScheduledPost post(PostStatus status, Instant at) {
        return new ScheduledPost(UUID.randomUUID(), UUID.randomUUID(), null, "Hello", List.of(), null, status, at, ZoneId.of("Europe/Berlin"),
                at, null, null, null);
    }

    private static Account linkedIn(Instant expiresAt, AccountStatus status) {
        return new Account(UUID.randomUUID(), Network.LINKEDIN, "Ada", null, "urn:li:person:1", URI.create("https://api.linkedin.com"), null,
                List.of(), expiresAt, status, null, null);
    }

    @Test
    void aPostDueAfterItsSignInExpiresOrForAGoneAccountOrOverTheLimitIsFlaggedBeforeItFails() {
        ScheduledPost inJanuary = post(PostStatus.SCHEDULED, Instant.parse("2027-01-15T08:00:00Z"));
        assertThat(PostWarnings.of(inJanuary, Optional.of(linkedIn(Instant.parse("2027-01-10T00:00:00Z"), AccountStatus.CONNECTED)), List.of(), NOW, java.time.ZoneOffset.UTC))
                .singleElement().asString().contains("sign-in expires").contains("before this post is due");
        assertThat(PostWarnings.of(inJanuary, Optional.of(linkedIn(Instant.parse("2027-02-10T00:00:00Z"), AccountStatus.CONNECTED)), List.of(), NOW, java.time.ZoneOffset.UTC))
                .isEmpty();
        assertThat(PostWarnings.of(inJanuary, Optional.empty(), List.of(), NOW, java.time.ZoneOffset.UTC)).singleElement().asString().contains("disconnected");
        assertThat(PostWarnings.of(inJanuary, Optional.of(linkedIn(null, AccountStatus.NEEDS_REAUTHORIZATION)),
                List.of(new Problem("The post is 3,120 characters; LinkedIn allows 3,000.")), NOW, java.time.ZoneOffset.UTC))
                .containsExactly("LinkedIn needs the account to be connected again before it can publish.",
                        "The post is 3,120 characters; LinkedIn allows 3,000.");
        assertThat(PostWarnings.of(post(PostStatus.PUBLISHED, NOW), Optional.empty(), List.of(), NOW, java.time.ZoneOffset.UTC)).isEmpty(); // nothing to warn about once out
    }
}
