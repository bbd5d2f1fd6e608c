package org.scriptorium.publishers.mastodon;

import com.github.scribejava.core.builder.api.DefaultApi20;
import com.github.scribejava.core.oauth2.clientauthentication.ClientAuthentication;
import com.github.scribejava.core.oauth2.clientauthentication.RequestBodyAuthenticationScheme;

import java.net.URI;

/** ScribeJava's view of one Mastodon server's OAuth endpoints: every instance has its own. */
final class MastodonApi extends DefaultApi20 {
    private final String base;

    MastodonApi(URI instance) {
        this.base = instance.toString().replaceAll("/+$", "");
    }

    @Override
    public String getAccessTokenEndpoint() {
        return base + "/oauth/token";
    }

    @Override
    protected String getAuthorizationBaseUrl() {
        return base + "/oauth/authorize";
    }

    @Override
    public String getRevokeTokenEndpoint() {
        return base + "/oauth/revoke";
    }

    /** Mastodon takes the client id and secret in the form body. */
    @Override
    public ClientAuthentication getClientAuthentication() {
        return RequestBodyAuthenticationScheme.instance();
    }
}
