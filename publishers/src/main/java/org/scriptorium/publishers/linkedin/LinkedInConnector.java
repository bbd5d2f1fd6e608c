package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.core.publishing.oauth.OAuthChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Connects a LinkedIn member, and optionally the organization pages they administer, through the user's own
 * LinkedIn app (an open-source app cannot ship a client secret). The member signs in in a browser; the code that
 * comes back is exchanged for a token, which goes to the secret store for the member and for each page.
 */
public final class LinkedInConnector implements AccountConnector {
    /** Sign-in, profile, and posting as the member. */
    static final List<String> MEMBER_SCOPES = List.of("openid", "profile", "w_member_social");
    /**
     * Posting as a page, reading which pages the member administers (the organizationAcls finder needs an
     * organization admin permission), and reading what posts did (pages' share statistics, members' post analytics):
     * all of them come with the Community Management API. LinkedIn refuses the whole sign-in when the app lacks one of these, so they are
     * asked for only when pages are wanted.
     */
    static final List<String> PAGE_SCOPES = List.of("w_organization_social", "r_organization_admin",
            LinkedInMetrics.ORGANIZATION_SCOPE, LinkedInMetrics.MEMBER_SCOPE);
    private static final Logger LOG = LoggerFactory.getLogger(LinkedInConnector.class);

    private final PublishingContext context;
    private final boolean pages;

    /** {@code pages}: also ask for, and connect, the organization pages the member administers. */
    public LinkedInConnector(PublishingContext context, boolean pages) {
        this.context = context;
        this.pages = pages;
    }

    @Override
    public Network network() {
        return Network.LINKEDIN;
    }

    @Override
    public boolean usesBrowser() {
        return true;
    }

    /** LinkedIn accepts only the redirect addresses listed in the user's app, port included (47615 unless changed). */
    @Override
    public int loopbackPort() {
        return context.endpoints().redirectPort(Network.LINKEDIN);
    }

    @Override
    public AuthorizationRequest authorization(ConnectOptions options, URI redirectUri) {
        App app = app(options);
        String state = OAuthChecks.randomToken();
        URI auth = context.endpoints().auth(Network.LINKEDIN);
        try (LinkedInOAuth oauth = new LinkedInOAuth(auth, app.clientId(), app.clientSecret(), redirectUri.toString(), scopes())) {
            Set<String> hosts = new LinkedHashSet<>(List.of("www.linkedin.com", auth.getHost()));
            return new AuthorizationRequest(Network.LINKEDIN, URI.create(oauth.authorizationUrl(state)), redirectUri, state, null,
                    Set.copyOf(hosts), options);
        }
    }

    @Override
    public List<Account> complete(AuthorizationRequest request, URI callback) {
        String code = OAuthChecks.code(callback, request.redirectUri(), request.state(), "LinkedIn");
        App app = app(request.options());
        LinkedInOAuth.Tokens tokens;
        try (LinkedInOAuth oauth = new LinkedInOAuth(context.endpoints().auth(Network.LINKEDIN), app.clientId(), app.clientSecret(),
                request.redirectUri().toString(), scopes())) {
            tokens = oauth.exchange(code);
        }
        if (tokens.accessToken() == null || tokens.accessToken().isBlank()) {
            throw new ScriptoriumException("LinkedIn finished the sign-in without giving access; nothing was connected.");
        }
        List<String> granted = tokens.scopes().isEmpty() ? scopes() : tokens.scopes();
        Instant now = context.clock().instant();
        Instant expiresAt = now.plus(tokens.expiresInSeconds() == null ? LinkedInOAuth.TYPICAL_LIFETIME : Duration.ofSeconds(tokens.expiresInSeconds()));

        // Everything is read before anything is stored, so a failure half-way connects nothing.
        LinkedInRest rest = new LinkedInRest(context, tokens.accessToken());
        Account member = member(rest.userInfo(), granted, expiresAt);
        List<Account> found = new ArrayList<>(List.of(member));
        if (pages && granted.stream().anyMatch(s -> s.equals("r_organization_admin") || s.equals("rw_organization_admin"))) {
            found.addAll(new LinkedInPages(rest).administeredBy(member, granted, expiresAt));
        } else if (pages) {
            LOG.warn("LinkedIn did not grant the organization permissions; only the member was connected.");
        }

        AccountSecrets secrets = context.accounts().secrets();
        secrets.putClientId(Network.LINKEDIN, app.clientId());
        if (app.given()) {
            secrets.putClientSecret(Network.LINKEDIN, app.clientSecret());
        }
        List<Account> saved = new ArrayList<>();
        for (Account account : found) {
            Account stored = context.accounts().save(account);
            secrets.put(stored.id(), AccountSecrets.Kind.ACCESS_TOKEN, tokens.accessToken());
            secrets.put(stored.id(), AccountSecrets.Kind.REFRESH_TOKEN, tokens.refreshToken());
            saved.add(stored);
        }
        return List.copyOf(saved);
    }

    /**
     * Revokes the account's token at LinkedIn. A member and their pages share one token, so it is revoked only when no
     * other connected account still uses it; a failure is only logged, since the token is forgotten here either way.
     */
    @Override
    public void revoke(Account account) {
        AccountSecrets secrets = context.accounts().secrets();
        var token = secrets.get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN);
        var clientId = secrets.clientId(Network.LINKEDIN);
        var clientSecret = secrets.clientSecret(Network.LINKEDIN);
        if (token.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty() || sharedWithOthers(account, token.get())) {
            return;
        }
        try (LinkedInOAuth oauth = new LinkedInOAuth(context.endpoints().auth(Network.LINKEDIN), clientId.get(), clientSecret.get(), null, null)) {
            oauth.revoke(token.get());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("Could not revoke the LinkedIn token of {}: {}", account.name(), e.getClass().getSimpleName());
        }
    }

    private boolean sharedWithOthers(Account account, String token) {
        AccountSecrets secrets = context.accounts().secrets();
        return context.accounts().list().stream()
                .filter(other -> other.network() == Network.LINKEDIN && !other.id().equals(account.id()))
                .anyMatch(other -> secrets.get(other.id(), AccountSecrets.Kind.ACCESS_TOKEN).filter(token::equals).isPresent());
    }

    List<String> scopes() {
        return pages ? Stream.concat(MEMBER_SCOPES.stream(), PAGE_SCOPES.stream()).toList() : MEMBER_SCOPES;
    }

    private Account member(JsonNode info, List<String> granted, Instant expiresAt) {
        String sub = info.path("sub").asText("");
        if (sub.isBlank()) {
            throw new ScriptoriumException("LinkedIn did not say who signed in; nothing was connected.");
        }
        String name = info.path("name").asText("").isBlank() ? "LinkedIn member" : info.path("name").asText();
        String picture = info.path("picture").asText(null);
        return new Account(null, Network.LINKEDIN, name, null, "urn:li:person:" + sub, context.endpoints().api(Network.LINKEDIN), picture,
                granted, expiresAt, AccountStatus.CONNECTED, null, null);
    }

    /** The user's LinkedIn app: its id from the options; its secret from the options, else the one stored before. */
    private App app(ConnectOptions options) {
        String clientId = options == null ? null : options.clientId();
        if (clientId == null || clientId.isBlank()) {
            clientId = context.accounts().secrets().clientId(Network.LINKEDIN).orElse(null);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new InvalidInput("Enter the client id of your LinkedIn app (from linkedin.com/developers) to connect LinkedIn.");
        }
        String given = options == null ? null : options.clientSecret();
        if (given != null && !given.isBlank()) {
            return new App(clientId.strip(), given.strip(), true);
        }
        String stored = context.accounts().secrets().clientSecret(Network.LINKEDIN)
                .orElseThrow(() -> new InvalidInput("Enter the client secret of your LinkedIn app to connect LinkedIn."));
        return new App(clientId.strip(), stored, false);
    }

    /** The user's app; {@code given}: the secret was typed now (and is stored once the sign-in succeeds). */
    private record App(String clientId, String clientSecret, boolean given) {
        @Override
        public String toString() {
            return "App[" + clientId + "]";
        }
    }
}
