package org.scriptorium.core.publishing;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;

import java.net.URI;
import java.util.List;

/**
 * How a network's accounts are connected. OAuth networks build an {@link AuthorizationRequest} for the browser and
 * finish with the address the browser was sent back to; Bluesky signs in with a handle and an app password.
 */
public interface AccountConnector {
    /** The 127.0.0.1 port for networks that accept only the redirect address listed in the user's app: http://127.0.0.1:47615/callback. */
    int REGISTERED_REDIRECT_PORT = 47615;

    Network network();

    /** Whether this network signs in through a browser (OAuth) rather than with a password. */
    boolean usesBrowser();

    /** The sign-in to open; {@code redirectUri} is where the caller listens (the embedded browser, or a loopback port). */
    default AuthorizationRequest authorization(ConnectOptions options, URI redirectUri) {
        throw new UnsupportedOperationException(network().label() + " does not sign in through a browser.");
    }

    /**
     * Checks the answer (state, error) and exchanges the code for tokens; stores the accounts it gives access to (a
     * member, its pages) with their tokens in the secret store, and returns them.
     */
    default List<Account> complete(AuthorizationRequest request, URI callback) {
        throw new UnsupportedOperationException(network().label() + " does not sign in through a browser.");
    }

    /** Signs in without a browser (Bluesky: handle and app password). */
    default List<Account> signIn(ConnectOptions options) {
        throw new UnsupportedOperationException(network().label() + " signs in through a browser.");
    }

    /**
     * The 127.0.0.1 port the sign-in comes back to: 0 for any free port (RFC 8252), or a fixed one where the network
     * accepts only redirect addresses registered in the user's own app, port included (LinkedIn, Facebook).
     */
    default int loopbackPort() {
        return 0;
    }

    /** Revokes the account's token where the network allows it; failing to revoke is not an error (the token is forgotten anyway). */
    default void revoke(Account account) {
    }
}
