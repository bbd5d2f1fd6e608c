package org.scriptorium.publishers.linkedin;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.exceptions.OAuthException;
import com.github.scribejava.core.httpclient.jdk.JDKHttpClientConfig;
import com.github.scribejava.core.model.OAuth2AccessToken;
import com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse;
import com.github.scribejava.core.oauth.OAuth20Service;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.publishing.PublishException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * LinkedIn's OAuth 2 server through ScribeJava: the authorization address, the code exchange, refresh and revoke.
 * ScribeJava's own LinkedIn API has fixed addresses, so this one is built on the configured sign-in base, which is how
 * tests point it at a local stand-in. LinkedIn wants the client id and secret in the form body, and has no PKCE for
 * confidential apps, so none is sent.
 */
final class LinkedInOAuth implements AutoCloseable {
    /** What LinkedIn gives a member token when its answer does not say. */
    static final Duration TYPICAL_LIFETIME = Duration.ofDays(60);
    private static final int TIMEOUT_MILLIS = 30_000;

    /** The token endpoint's answer, without ScribeJava's types. Its toString never shows the tokens. */
    record Tokens(String accessToken, String refreshToken, Integer expiresInSeconds, List<String> scopes) {
        @Override
        public String toString() {
            return "Tokens[expiresIn=" + expiresInSeconds + ", scopes=" + scopes + "]";
        }
    }

    private final OAuth20Service service;

    /** {@code callback} and {@code scopes} may be null when only refreshing or revoking. */
    LinkedInOAuth(URI authBase, String clientId, String clientSecret, String callback, List<String> scopes) {
        ServiceBuilder builder = new ServiceBuilder(clientId).apiSecret(clientSecret)
                .httpClientConfig(JDKHttpClientConfig.defaultConfig().withConnectTimeout(TIMEOUT_MILLIS).withReadTimeout(TIMEOUT_MILLIS));
        if (callback != null) {
            builder.callback(callback);
        }
        if (scopes != null && !scopes.isEmpty()) {
            builder.defaultScope(String.join(" ", scopes));
        }
        this.service = builder.build(new org.scriptorium.publishers.common.OAuthServer(authBase.toString(),
                "/oauth/v2/authorization", "/oauth/v2/accessToken", "/oauth/v2/revoke"));
    }

    /** The page that asks the member to allow access, with the single-use state. */
    String authorizationUrl(String state) {
        return service.createAuthorizationUrlBuilder().state(state).build();
    }

    /** Exchanges the authorization code for tokens. */
    Tokens exchange(String code) {
        try {
            return tokens(service.getAccessToken(code));
        } catch (OAuth2AccessTokenErrorResponse e) {
            throw new ScriptoriumException("LinkedIn did not accept the sign-in" + reason(e)
                    + "; nothing was connected. Check the app's client id and secret and try again.");
        } catch (OAuthException e) {
            // ScribeJava's message quotes the answer, which may hold a token: neither it nor the cause is kept.
            throw new ScriptoriumException("LinkedIn's answer to the sign-in could not be read; nothing was connected.");
        } catch (IOException | ExecutionException e) {
            throw PublishException.retryable("LinkedIn could not be reached to finish the sign-in; nothing was connected. Try again.", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptoriumException("The sign-in was interrupted; nothing was connected.", e);
        }
    }

    /** A fresh access token for a refresh token. A refusal means the member must sign in again. */
    Tokens refresh(String refreshToken) {
        try {
            return tokens(service.refreshAccessToken(refreshToken));
        } catch (OAuth2AccessTokenErrorResponse e) {
            throw PublishException.authExpired("LinkedIn would not renew this account's sign-in" + reason(e) + "; connect the account again.");
        } catch (OAuthException e) {
            throw PublishException.retryable("LinkedIn's answer to renewing the sign-in could not be read.", null, null);
        } catch (IOException | ExecutionException e) {
            throw PublishException.retryable("LinkedIn could not be reached to renew the sign-in.", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PublishException.retryable("Renewing the LinkedIn sign-in was interrupted.", null, e);
        }
    }

    /** Revokes the token; LinkedIn forgets it at once. Throws when LinkedIn refuses or cannot be reached. */
    void revoke(String token) throws IOException, ExecutionException, InterruptedException {
        service.revokeToken(token);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing is held open by the JDK client
        }
    }

    private static Tokens tokens(OAuth2AccessToken token) {
        String scope = token.getScope();
        List<String> scopes = scope == null || scope.isBlank() ? List.of() : List.of(scope.strip().split("[,\\s]+"));
        return new Tokens(token.getAccessToken(), token.getRefreshToken(), token.getExpiresIn(), scopes);
    }

    // The OAuth error code and LinkedIn's description; ScribeJava's own message can quote the raw answer, so it is not used.
    private static String reason(OAuth2AccessTokenErrorResponse e) {
        String code = e.getError() == null ? "" : e.getError().getErrorString();
        String why = e.getErrorDescription() == null ? "" : e.getErrorDescription().strip();
        String both = code.isEmpty() ? why : why.isEmpty() ? code : code + ": " + why;
        return both.isEmpty() ? "" : " (" + both + ")";
    }
}
