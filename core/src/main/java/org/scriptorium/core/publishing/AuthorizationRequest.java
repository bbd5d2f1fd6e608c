package org.scriptorium.core.publishing;

import org.scriptorium.core.accounts.Network;

import java.net.URI;
import java.util.Set;

/**
 * A sign-in in progress: the page to open, where the network will send the browser back, the single-use state that
 * proves the answer belongs to this request, the PKCE verifier (null where the network has no PKCE), and the hosts
 * the sign-in may visit in the embedded browser.
 */
public record AuthorizationRequest(Network network, URI authorizationUrl, URI redirectUri, String state, String codeVerifier,
                                   Set<String> allowedHosts, ConnectOptions options) {
    @Override
    public String toString() {
        return "AuthorizationRequest[" + network + ", " + redirectUri + "]"; // never the state or verifier
    }
}
