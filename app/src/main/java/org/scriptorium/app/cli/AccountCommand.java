package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.oauth.LoopbackReceiver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code scriptorium account}: the LinkedIn, Facebook, Mastodon and Bluesky accounts Scriptorium publishes to. */
@Command(name = "account", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Connect, list, show and disconnect the accounts posts go to. Tokens and passwords go to the system keychain.",
        subcommands = {AccountCommand.ListAccounts.class, AccountCommand.Show.class, AccountCommand.Connect.class, AccountCommand.Disconnect.class,
                AccountTagLinksCommand.class})
final class AccountCommand {
    private AccountCommand() {
    }

    static ObjectNode json(Account a, Instant now) {
        ObjectNode node = JsonOutput.object();
        node.put("id", a.id().toString());
        node.put("network", a.network().cliName());
        node.put("name", a.name());
        node.put("handle", a.handle());
        node.put("externalId", a.externalId());
        node.put("status", a.statusAt(now).name().toLowerCase(java.util.Locale.ROOT));
        node.put("statusText", a.describeStatus(now));
        node.put("expiresAt", a.expiresAt() == null ? null : a.expiresAt().toString());
        node.put("pausedUntil", a.pausedUntil() == null ? null : a.pausedUntil().toString());
        node.put("owner", a.owner());
        node.put("avatarUrl", a.avatarUrl());
        node.put("server", a.apiBase().toString());
        var scopes = node.putArray("scopes");
        a.scopes().forEach(scopes::add);
        return node;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "List the connected accounts.")
    static final class ListAccounts extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<Account> all = studio().publishing().accounts().list();
            Instant now = studio().clock().instant();
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(all, a -> AccountCommand.json(a, now)));
                return;
            }
            if (all.isEmpty()) {
                out().println("No accounts. Connect one with: scriptorium account connect bluesky --handle you.bsky.social --password-env BSKY_APP_PASSWORD");
                return;
            }
            ShortIds ids = new ShortIds(all.stream().map(Account::id).toList());
            int length = ids.lengthFor(all.stream().map(Account::id).toList());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "NETWORK", "NAME", "HANDLE", "STATUS"));
            all.forEach(a -> rows.add(List.of(ShortIds.shorten(a.id(), length), a.network().label(), a.name(),
                    a.handle() == null ? "" : a.handle(), a.describeStatus(now))));
            TextOutput.table(out(), rows, -1);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Show one account.")
    static final class Show extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The account's id or its start.")
        String id;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            Account a = asUsage(() -> studio().publishing().accounts().get(id));
            if (json.enabled) {
                JsonOutput.print(out(), AccountCommand.json(a, studio().clock().instant()));
                return;
            }
            out().println(a.network().label() + ": " + a.name() + (a.handle() == null ? "" : " (" + a.handle() + ")"));
            out().println("Status:  " + a.describeStatus(studio().clock().instant()));
            out().println("Id:      " + a.id());
            out().println("On " + a.network().label() + ": " + a.externalId());
            if (a.owner() != null) {
                out().println("Managed by " + a.owner());
            }
            if (!a.scopes().isEmpty()) {
                out().println("Granted: " + String.join(", ", a.scopes()));
            }
        }
    }

    @Command(name = "connect", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = {"Connect an account. Bluesky: --handle and an app password (from --password-env or --password-stdin). "
                    + "LinkedIn, Facebook and Mastodon: prints the sign-in address, opens the browser when there is one, and waits for it "
                    + "to come back to 127.0.0.1."})
    static final class Connect extends StudioCommand {
        @Parameters(index = "0", paramLabel = "NETWORK", description = "linkedin, facebook, mastodon or bluesky.")
        String network;

        @Option(names = "--instance", paramLabel = "URL", description = "Mastodon: your server, e.g. https://mastodon.social. Bluesky: your PDS (default https://bsky.social).")
        String instance;

        @Option(names = "--handle", paramLabel = "H", description = "Bluesky: your handle, e.g. ana.bsky.social.")
        String handle;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Bluesky: read the app password from this environment variable.")
        String passwordEnv;

        @Option(names = "--password-stdin", description = "Bluesky: read the app password from the first line of standard input.")
        boolean passwordStdin;

        @Option(names = "--client-id", paramLabel = "ID", description = "LinkedIn, Facebook: your app's client id.")
        String clientId;

        @Option(names = "--client-secret-env", paramLabel = "VAR", description = "LinkedIn, Facebook: read your app's client secret from this environment variable (kept in the keychain).")
        String clientSecretEnv;

        @Option(names = "--port", paramLabel = "N", description = "The 127.0.0.1 port the browser comes back to (default: any free one for Mastodon; LinkedIn and Facebook use the one their app lists, 47615: http://127.0.0.1:47615/callback).")
        Integer port;

        @Option(names = "--pages", description = "LinkedIn: also connect the organization pages you administer, and read what posts did (your app needs the Community Management API).")
        boolean pages;

        @Option(names = "--timeout", paramLabel = "MINUTES", description = "How long to wait for the browser (default 5).")
        int timeoutMinutes = 5;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            Network chosen = asUsage(() -> Network.parse(network));
            if (pages && chosen == Network.LINKEDIN) {
                studio().publishing().endpoints().setFlag(Network.LINKEDIN, "pages", true);
            }
            AccountConnector connector = asUsage(() -> studio().publishing().connector(chosen));
            List<Account> connected;
            if (!connector.usesBrowser()) {
                connected = asUsage(() -> connector.signIn(new ConnectOptions(instance, handle, password(), null, null)));
            } else {
                String clientSecret = SecretInput.read(spec, clientSecretEnv, false, "client secret");
                ConnectOptions options = new ConnectOptions(instance, handle, null, clientId, clientSecret);
                int listenOn = port != null ? port : connector.loopbackPort();
                try (LoopbackReceiver receiver = LoopbackReceiver.start("/callback", listenOn)) {
                    AuthorizationRequest request = asUsage(() -> connector.authorization(options, receiver.redirectUri()));
                    // On stderr, so stdout stays the command's result (the JSON a script reads).
                    var err = spec.commandLine().getErr();
                    err.println("Open this address to sign in to " + chosen.label() + " (waiting for it to come back):");
                    err.println(request.authorizationUrl());
                    err.flush();
                    Browser.open(request.authorizationUrl());
                    URI callback = receiver.await(Duration.ofMinutes(timeoutMinutes));
                    connected = connector.complete(request, callback);
                }
            }
            Instant now = studio().clock().instant();
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(connected, a -> AccountCommand.json(a, now)));
                return;
            }
            ShortIds ids = new ShortIds(studio().publishing().accounts().list().stream().map(Account::id).toList());
            connected.forEach(a -> out().println("Connected " + a.network().label() + ": " + a.name() + " ("
                    + ShortIds.shorten(a.id(), ids.lengthFor(List.of(a.id()))) + ")."));
        }

        private String password() {
            String password = SecretInput.read(spec, passwordEnv, passwordStdin, "app password");
            if (password == null) {
                throw usage("Give the app password with --password-env VAR or --password-stdin (never on the command line).");
            }
            return password;
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Disconnect an account: revoke its token where the network allows it and forget its secrets.")
    static final class Disconnect extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The account's id or its start.")
        String id;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            Account a = asUsage(() -> studio().publishing().accounts().get(id));
            studio().publishing().disconnect(a);
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.object().put("id", a.id().toString()).put("disconnected", true));
            } else {
                out().println("Disconnected " + a.network().label() + ": " + a.name() + ".");
            }
        }
    }
}
