package org.scriptorium.publishers.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.oauth.AccessTokenRequestParams;
import com.github.scribejava.core.oauth.OAuth20Service;
import com.github.scribejava.core.pkce.PKCE;
import com.github.scribejava.core.pkce.PKCECodeChallengeMethod;
import okhttp3.FormBody;
import okhttp3.Request;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets.Kind;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.core.publishing.oauth.OAuthChecks;
import org.scriptorium.publishers.common.Http;
import org.scriptorium.publishers.common.OAuthServer;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Connects a Mastodon account on any server: registers Scriptorium as an app on that server for this sign-in's
 * redirect address, signs in with OAuth and PKCE, and reads who signed in. The token does not expire; it is revoked
 * on disconnect.
 */
final class MastodonConnector implements AccountConnector {
    static final String SCOPES = "read:accounts read:statuses write:statuses write:media";
    private final PublishingContext context;

    MastodonConnector(PublishingContext context) {
        this.context = context;
    }

    @Override
    public Network network() {
        return Network.MASTODON;
    }

    @Override
    public boolean usesBrowser() {
        return true;
    }

    @Override
    public AuthorizationRequest authorization(ConnectOptions options, URI redirectUri) {
        URI instance = instance(options);
        Http.Answer registered = Http.send(context, new Request.Builder().url(instance.resolve("/api/v1/apps").toString())
                .post(new FormBody.Builder().add("client_name", "Scriptorium").add("redirect_uris", redirectUri.toString())
                        .add("scopes", SCOPES).build()).build(), false, "Mastodon");
        if (!registered.ok()) {
            throw new ScriptoriumException(instance.getHost() + " did not register Scriptorium as an app (" + registered.status() + " "
                    + registered.json().path("error").asText("") + "); is it a Mastodon server?");
        }
        String clientId = registered.json().path("client_id").asText();
        String clientSecret = registered.json().path("client_secret").asText();
        String state = OAuthChecks.randomToken();
        PKCE pkce = new PKCE();
        pkce.setCodeVerifier(OAuthChecks.randomToken());
        pkce.setCodeChallenge(OAuthChecks.challenge(pkce.getCodeVerifier()));
        pkce.setCodeChallengeMethod(PKCECodeChallengeMethod.S256);
        String url = service(instance, clientId, clientSecret, redirectUri).createAuthorizationUrlBuilder().state(state).pkce(pkce).build();
        ConnectOptions withClient = new ConnectOptions(instance.toString(), null, null, clientId, clientSecret);
        return new AuthorizationRequest(Network.MASTODON, URI.create(url), redirectUri, state, pkce.getCodeVerifier(), Set.of(instance.getHost()), withClient);
    }

    @Override
    public List<Account> complete(AuthorizationRequest request, URI callback) {
        String code = OAuthChecks.code(callback, request.redirectUri(), request.state(), "Mastodon");
        URI instance = URI.create(request.options().instance());
        String token;
        try (OAuth20Service service = service(instance, request.options().clientId(), request.options().clientSecret(), request.redirectUri())) {
            OAuth2AccessToken granted = service.getAccessToken(AccessTokenRequestParams.create(code).pkceCodeVerifier(request.codeVerifier()));
            token = granted.getAccessToken();
        } catch (OAuth2AccessTokenErrorResponse e) {
            throw new ScriptoriumException(instance.getHost() + " refused the sign-in code (" + e.getError() + "); try connecting again.");
        } catch (IOException | ExecutionException e) {
            throw new ScriptoriumException(instance.getHost() + " could not be reached to finish the sign-in: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptoriumException("The sign-in was cancelled.");
        }
        Http.Answer me = Http.send(context, new Request.Builder().url(instance.resolve("/api/v1/accounts/verify_credentials").toString())
                .header("Authorization", "Bearer " + token).build(), false, "Mastodon");
        if (!me.ok()) {
            throw new ScriptoriumException(instance.getHost() + " did not accept the new token (" + me.status() + "); try connecting again.");
        }
        JsonNode who = me.json();
        String name = who.path("display_name").asText("");
        String handle = "@" + who.path("username").asText() + "@" + instance.getHost();
        Account saved = context.accounts().save(new Account(null, Network.MASTODON, name.isBlank() ? handle : name, handle, who.path("id").asText(),
                instance, who.path("avatar").asText(null), List.of(SCOPES.split(" ")), null, AccountStatus.CONNECTED, null, null));
        var secrets = context.accounts().secrets();
        secrets.put(saved.id(), Kind.ACCESS_TOKEN, token);
        // Kept to revoke the token on disconnect: the app registration is this account's alone.
        secrets.put(saved.id(), Kind.CLIENT_CREDENTIALS, request.options().clientId() + "\n" + request.options().clientSecret());
        return List.of(saved);
    }

    @Override
    public void revoke(Account account) {
        var secrets = context.accounts().secrets();
        String token = secrets.get(account.id(), Kind.ACCESS_TOKEN).orElse(null);
        String[] client = secrets.get(account.id(), Kind.CLIENT_CREDENTIALS).orElse("\n").split("\n", 2);
        if (token == null || client.length < 2) {
            return;
        }
        try {
            Http.send(context, new Request.Builder().url(account.apiBase().resolve("/oauth/revoke").toString())
                    .post(new FormBody.Builder().add("client_id", client[0]).add("client_secret", client[1]).add("token", token).build()).build(),
                    false, "Mastodon");
        } catch (RuntimeException unreachable) {
            // the token is forgotten here either way
        }
    }

    private OAuth20Service service(URI instance, String clientId, String clientSecret, URI redirectUri) {
        return new ServiceBuilder(clientId).apiSecret(clientSecret).callback(redirectUri.toString()).defaultScope(SCOPES)
                .build(new OAuthServer(instance.toString(), "/oauth/authorize", "/oauth/token", "/oauth/revoke"));
    }

    private URI instance(ConnectOptions options) {
        String typed = options.instance() == null ? "" : options.instance().strip();
        if (typed.isEmpty()) {
            throw new InvalidInput("Say which Mastodon server the account is on, e.g. --instance https://mastodon.social.");
        }
        URI uri = URI.create(typed.contains("://") ? typed : "https://" + typed);
        if (uri.getHost() == null) {
            throw new InvalidInput("That is not a server address: " + typed + ".");
        }
        return URI.create(uri.getScheme() + "://" + uri.getAuthority());
    }
}
