package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets.Kind;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.PublishingContext;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Connects a Bluesky account with its handle and an app password (never the account's main password): a session is
 * made to check them, the profile read for the name and avatar, and the password and tokens kept in the secret store.
 */
final class BlueskyConnector implements AccountConnector {
    private final PublishingContext context;

    BlueskyConnector(PublishingContext context) {
        this.context = context;
    }

    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    public boolean usesBrowser() {
        return false;
    }

    @Override
    public List<Account> signIn(ConnectOptions options) {
        String handle = options.handle() == null ? "" : options.handle().strip().replaceFirst("^@", "");
        if (handle.isEmpty() || options.appPassword() == null || options.appPassword().isBlank()) {
            throw new InvalidInput("Connecting Bluesky needs the handle (e.g. ana.bsky.social) and an app password.");
        }
        URI server = options.instance() == null || options.instance().isBlank() ? context.endpoints().api(Network.BLUESKY)
                : URI.create(options.instance().strip());
        JsonNode session = Xrpc.createSession(context, server, handle, options.appPassword().strip());
        String did = session.path("did").asText();
        Account unsaved = new Account(null, Network.BLUESKY, handle, session.path("handle").asText(handle), did, server, null, List.of(),
                null, AccountStatus.CONNECTED, null, null);
        Account saved = context.accounts().save(unsaved);
        var secrets = context.accounts().secrets();
        secrets.put(saved.id(), Kind.APP_PASSWORD, options.appPassword().strip());
        secrets.put(saved.id(), Kind.ACCESS_TOKEN, session.path("accessJwt").asText());
        secrets.put(saved.id(), Kind.REFRESH_TOKEN, session.path("refreshJwt").asText());
        // The name and avatar are a nicety: a profile that cannot be read leaves the handle as the name.
        try {
            JsonNode profile = new Xrpc(context, saved).get("app.bsky.actor.getProfile", Map.of("actor", did));
            String name = profile.path("displayName").asText("");
            String avatar = profile.path("avatar").asText(null);
            saved = context.accounts().update(saved.id(), a -> new Account(a.id(), a.network(), name.isBlank() ? a.handle() : name, a.handle(),
                    a.externalId(), a.apiBase(), avatar, a.scopes(), a.expiresAt(), a.status(), a.pausedUntil(), a.owner()));
        } catch (RuntimeException profileUnreadable) {
            // kept as connected with the handle as its name
        }
        return List.of(saved);
    }

    @Override
    public void revoke(Account account) {
        // App passwords are revoked by the user in Bluesky's settings; the session simply ends here.
        try {
            String refresh = context.accounts().secrets().get(account.id(), Kind.REFRESH_TOKEN).orElse(null);
            if (refresh != null) {
                context.http().newCall(new okhttp3.Request.Builder().url(Xrpc.url(account.apiBase(), "com.atproto.server.deleteSession", Map.of()))
                        .header("Authorization", "Bearer " + refresh).post(okhttp3.RequestBody.create(new byte[0])).build()).execute().close();
            }
        } catch (java.io.IOException ignored) {
            // the tokens are forgotten anyway
        }
    }
}
