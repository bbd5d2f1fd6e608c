package org.scriptorium.publishers.linkedin;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The access token an account publishes with. LinkedIn tokens last about 60 days; where LinkedIn gave a refresh
 * token (only to some apps), one within a week of expiry is renewed before use, so scheduled posts do not start
 * failing on the day it runs out.
 */
final class LinkedInTokens {
    static final Duration RENEW_WITHIN = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(LinkedInTokens.class);

    private final PublishingContext context;
    private Account account;

    LinkedInTokens(Account account, PublishingContext context) {
        this.account = account;
        this.context = context;
    }

    /** The token to use now, renewed first when it is close to expiry and renewable. */
    String accessToken() {
        AccountSecrets secrets = context.accounts().secrets();
        String token = secrets.get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN).orElseThrow(() -> PublishException.authExpired(
                "The LinkedIn account " + account.name() + " has no sign-in stored; connect it again."));
        Optional<String> refresh = secrets.get(account.id(), AccountSecrets.Kind.REFRESH_TOKEN);
        Instant now = context.clock().instant();
        if (refresh.isEmpty() || account.expiresAt() == null || now.plus(RENEW_WITHIN).isBefore(account.expiresAt())) {
            return token;
        }
        try {
            return renew(refresh.get(), now);
        } catch (PublishException e) {
            if (now.isBefore(account.expiresAt())) {
                // The old token still works for a while; publishing now beats failing over a renewal.
                LOG.warn("Could not renew the LinkedIn sign-in of {} ({}); using the current one until it expires.", account.name(), e.kind());
                return token;
            }
            throw e;
        }
    }

    /** The account as last stored, with the new expiry after a renewal. */
    Account account() {
        return account;
    }

    private String renew(String refreshToken, Instant now) {
        AccountSecrets secrets = context.accounts().secrets();
        String clientId = secrets.clientId(Network.LINKEDIN).orElse(null);
        String clientSecret = secrets.clientSecret(Network.LINKEDIN).orElse(null);
        if (clientId == null || clientSecret == null) {
            throw PublishException.authExpired("The LinkedIn app's client id or secret is no longer stored; connect the account again.");
        }
        LinkedInOAuth.Tokens tokens;
        try (LinkedInOAuth oauth = new LinkedInOAuth(context.endpoints().auth(Network.LINKEDIN), clientId, clientSecret, null, null)) {
            tokens = oauth.refresh(refreshToken);
        }
        if (tokens.accessToken() == null || tokens.accessToken().isBlank()) {
            throw PublishException.authExpired("LinkedIn renewed the sign-in without a token; connect the account again.");
        }
        secrets.put(account.id(), AccountSecrets.Kind.ACCESS_TOKEN, tokens.accessToken());
        if (tokens.refreshToken() != null && !tokens.refreshToken().isBlank()) {
            secrets.put(account.id(), AccountSecrets.Kind.REFRESH_TOKEN, tokens.refreshToken());
        }
        Instant expiresAt = now.plus(tokens.expiresInSeconds() == null ? LinkedInOAuth.TYPICAL_LIFETIME
                : Duration.ofSeconds(tokens.expiresInSeconds()));
        account = context.accounts().update(account.id(), a -> new Account(a.id(), a.network(), a.name(), a.handle(), a.externalId(),
                a.apiBase(), a.avatarUrl(), a.scopes(), expiresAt, a.status(), a.pausedUntil(), a.owner()));
        return tokens.accessToken();
    }
}
