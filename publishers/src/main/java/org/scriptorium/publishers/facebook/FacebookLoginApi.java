package org.scriptorium.publishers.facebook;

import com.github.scribejava.apis.FacebookApi;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Endpoints;

/**
 * ScribeJava's Facebook login (its error parsing, GET token exchange, client credentials in the query) at the
 * addresses and Graph version from the settings, rather than its built-in old version on the real hosts.
 */
final class FacebookLoginApi extends FacebookApi {
    private final String authorizationBase;
    private final String tokenEndpoint;

    FacebookLoginApi(Endpoints endpoints) {
        super(endpoints.version(Network.FACEBOOK));
        String version = endpoints.version(Network.FACEBOOK);
        this.authorizationBase = withoutTrailingSlash(endpoints.auth(Network.FACEBOOK).toString()) + "/" + version + "/dialog/oauth";
        this.tokenEndpoint = withoutTrailingSlash(endpoints.api(Network.FACEBOOK).toString()) + "/" + version + "/oauth/access_token";
    }

    @Override
    protected String getAuthorizationBaseUrl() {
        return authorizationBase;
    }

    @Override
    public String getAccessTokenEndpoint() {
        return tokenEndpoint;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
