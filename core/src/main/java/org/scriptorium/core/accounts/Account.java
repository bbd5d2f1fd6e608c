package org.scriptorium.core.accounts;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A place Scriptorium publishes to: a LinkedIn member or organization page, a Facebook page, a Mastodon or Bluesky
 * account. Its tokens are in the secret store (see {@link AccountSecrets}), never here.
 *
 * @param externalId the network's id for it: a LinkedIn URN, a Facebook page id, a Mastodon account id, a Bluesky DID
 * @param apiBase    where its API answers: the Mastodon instance, the Bluesky PDS, or the network's API address
 * @param expiresAt  when the access token stops working, or null when it does not expire (or is refreshed by itself)
 * @param owner      for a page: the person whose sign-in manages it (their name), else null
 */
public record Account(UUID id, Network network, String name, String handle, String externalId, URI apiBase, String avatarUrl,
                      List<String> scopes, Instant expiresAt, AccountStatus status, Instant pausedUntil, String owner) {
    /** How many days before a token expires the status starts asking the user to connect again. */
    public static final int WARN_DAYS = 7;

    public Account {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The status a user sees: connected, expired, or paused, judged at {@code now}. */
    public AccountStatus statusAt(Instant now) {
        if (status == AccountStatus.PAUSED && pausedUntil != null && !now.isBefore(pausedUntil)) {
            return AccountStatus.CONNECTED;
        }
        if (status == AccountStatus.CONNECTED && expiresAt != null && !now.isBefore(expiresAt)) {
            return AccountStatus.NEEDS_REAUTHORIZATION;
        }
        return status;
    }

    /** "connected, expires in 12 days", "needs re-authorization", "paused by a rate limit until 2026-11-24T00:00Z". */
    public String describeStatus(Instant now) {
        return switch (statusAt(now)) {
            case NEEDS_REAUTHORIZATION -> "needs re-authorization";
            case PAUSED -> "paused by a rate limit until " + pausedUntil;
            case CONNECTED -> {
                if (expiresAt == null) {
                    yield "connected";
                }
                long days = Math.max(0, Duration.between(now, expiresAt).toDays());
                String when = days == 0 ? "today" : days == 1 ? "in 1 day" : "in " + days + " days";
                // A week ahead is when to say it: posts scheduled after the expiry would fail.
                yield days < WARN_DAYS ? "connected, expires " + when + ": connect it again soon" : "connected, expires " + when;
            }
        };
    }
}
