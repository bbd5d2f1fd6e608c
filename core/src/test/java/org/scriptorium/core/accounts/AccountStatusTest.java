package org.scriptorium.core.accounts;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountStatusTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static Account account(Instant expiresAt, AccountStatus status, Instant pausedUntil) {
        return new Account(UUID.randomUUID(), Network.LINKEDIN, "Ada", null, "urn:li:person:1", URI.create("https://api.linkedin.com"), null,
                List.of(), expiresAt, status, pausedUntil, null);
    }

    @Test
    void theStatusCountsDownToExpiryWarnsAWeekAheadAndEndsAsNeedingReauthorization() {
        assertThat(account(NOW.plus(Duration.ofDays(40)), AccountStatus.CONNECTED, null).describeStatus(NOW)).isEqualTo("connected, expires in 40 days");
        assertThat(account(NOW.plus(Duration.ofDays(3)), AccountStatus.CONNECTED, null).describeStatus(NOW))
                .isEqualTo("connected, expires in 3 days: connect it again soon");
        assertThat(account(NOW.plusSeconds(3600), AccountStatus.CONNECTED, null).describeStatus(NOW)).isEqualTo("connected, expires today: connect it again soon");
        Account expired = account(NOW.minusSeconds(1), AccountStatus.CONNECTED, null);
        assertThat(expired.statusAt(NOW)).isEqualTo(AccountStatus.NEEDS_REAUTHORIZATION);
        assertThat(expired.describeStatus(NOW)).isEqualTo("needs re-authorization");
    }

    @Test
    void aRateLimitPauseEndsByItself() {
        Instant midnight = Instant.parse("2026-11-24T00:00:00Z");
        Account paused = account(null, AccountStatus.PAUSED, midnight);
        assertThat(paused.describeStatus(NOW)).isEqualTo("paused by a rate limit until 2026-11-24T00:00:00Z");
        assertThat(paused.statusAt(midnight)).isEqualTo(AccountStatus.CONNECTED);
    }
}
