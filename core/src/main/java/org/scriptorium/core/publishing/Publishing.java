package org.scriptorium.core.publishing;

import okhttp3.OkHttpClient;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.http.HttpClients;
import org.scriptorium.core.http.LazyHttpClient;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * Accounts and publishing, built once by the Studio: the networks found on the class path (the publishers module),
 * their connectors, and publishing a post to an account now. Scheduling and the publish log build on this.
 */
public final class Publishing implements AutoCloseable {
    private final AccountStore accounts;
    private final Clock clock;
    private final Endpoints endpoints;
    private final LazyHttpClient http;
    private volatile PublishingContext context;
    private final Map<Network, NetworkModule> modules = new EnumMap<>(Network.class);

    public Publishing(AccountStore accounts, Endpoints endpoints, Clock clock) {
        this(accounts, endpoints, clock, ServiceLoader.load(NetworkModule.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public Publishing(AccountStore accounts, Endpoints endpoints, Clock clock, List<NetworkModule> networks) {
        this.accounts = accounts;
        this.clock = clock;
        // Publishing calls are short; a hang after the request was sent must end as "outcome unknown", not wait forever.
        this.endpoints = endpoints;
        this.http = new LazyHttpClient(() -> HttpClients.sendingOnce(new OkHttpClient.Builder().connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS).writeTimeout(60, TimeUnit.SECONDS).callTimeout(120, TimeUnit.SECONDS).followRedirects(false)));
        networks.forEach(m -> modules.put(m.network(), m));
    }

    public AccountStore accounts() {
        return accounts;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** What a connector or publisher works with; made on first use, with the HTTP client (most runs never publish). */
    public PublishingContext context() {
        PublishingContext made = context;
        if (made == null) {
            synchronized (this) {
                made = context;
                if (made == null) {
                    made = new PublishingContext(http.get(), clock, endpoints, accounts);
                    context = made;
                }
            }
        }
        return made;
    }

    public AccountConnector connector(Network network) {
        return module(network).connector(context());
    }

    public Publisher publisher(Account account) {
        return module(account.network()).publisher(account, context());
    }

    /** Every problem the account's network would find in the post, without sending anything. */
    public List<Problem> validate(Account account, OutgoingPost post) {
        Publisher publisher = publisher(account);
        List<Problem> problems = new java.util.ArrayList<>(publisher.validate(post));
        if (post.firstComment() != null && !post.firstComment().isBlank() && !publisher.capabilities().firstComment()) {
            problems.add(new Problem("A first comment cannot be posted to " + account.network().label() + "; put it in the post or post it by hand."));
        }
        return List.copyOf(problems);
    }

    /**
     * Validates and publishes now. A problem is refused before any call; an expired token or a rate limit is kept on
     * the account (so the window and the scheduler see it) and rethrown.
     */
    public Published publishNow(Account account, OutgoingPost post) {
        AccountStatus status = account.statusAt(clock.instant());
        if (status == AccountStatus.NEEDS_REAUTHORIZATION) {
            throw PublishException.authExpired("The " + account.network().label() + " account " + account.name()
                    + " needs to be connected again before it can publish.");
        }
        if (status == AccountStatus.PAUSED) {
            throw PublishException.pausedUntil("The " + account.network().label() + " account " + account.name()
                    + " is paused by a rate limit until " + account.pausedUntil() + ".", account.pausedUntil());
        }
        Publisher publisher = publisher(account);
        List<Problem> problems = publisher.validate(post);
        if (!problems.isEmpty()) {
            throw new InvalidInput(String.join(" ", problems.stream().map(Problem::message).toList()));
        }
        PublishJob job = new PublishJob(Ids.newId(), Ids.newId().toString(), clock.instant(), post);
        try {
            return publisher.publish(job);
        } catch (PublishException e) {
            if (e.kind() == PublishException.Kind.AUTH_EXPIRED) {
                accounts.markNeedsReauthorization(account.id());
            } else if (e.pausedUntil() != null) {
                accounts.pause(account.id(), e.pausedUntil());
            }
            throw e;
        }
    }

    /** Disconnects: revokes where the network allows it, then forgets the account and its secrets. */
    public void disconnect(Account account) {
        try {
            if (modules.containsKey(account.network())) {
                connector(account.network()).revoke(account);
            }
        } finally {
            accounts.remove(account.id());
        }
    }

    private NetworkModule module(Network network) {
        NetworkModule module = modules.get(network);
        if (module == null) {
            throw new InvalidInput(network.label() + " publishing is not part of this build.");
        }
        return module;
    }

    @Override
    public void close() {
        http.ifBuilt().ifPresent(client -> {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        });
    }
}
