package org.scriptorium.publishers.common;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

/**
 * ScribeJava's view of an OAuth 2 authorization server whose addresses come from configuration (every Mastodon
 * server has its own; LinkedIn's can point at a local fake), taking the client id and secret in the form body.
 */
public final class OAuthServer extends DefaultApi20 {
    private final String authorize;
    private final String token;
    private final String revoke;

    /** {@code base} plus the three paths, e.g. "/oauth/authorize", "/oauth/token", "/oauth/revoke". */
    public OAuthServer(String base, String authorizePath, String tokenPath, String revokePath) {
        String root = base.replaceAll("/+$", "");
        this.authorize = root + authorizePath;
        this.token = root + tokenPath;
        this.revoke = root + revokePath;
    }

    @Override
    public String getAccessTokenEndpoint() {
        return token;
    }

    @Override
    protected String getAuthorizationBaseUrl() {
        return authorize;
    }

    @Override
    public String getRevokeTokenEndpoint() {
        return revoke;
    }

    @Override
    public ClientAuthentication getClientAuthentication() {
        return RequestBodyAuthenticationScheme.instance();
    }
}
