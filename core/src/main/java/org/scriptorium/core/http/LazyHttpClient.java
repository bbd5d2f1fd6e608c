package org.scriptorium.core.http;

import okhttp3.OkHttpClient;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An OkHttp client built when it is first asked for. Building one loads the system's trusted certificates and starts
 * OkHttp itself, some tens of milliseconds that a command or a window that never goes online has no reason to pay.
 */
public final class LazyHttpClient implements Supplier<OkHttpClient> {
    private final Supplier<OkHttpClient> build;
    private volatile OkHttpClient client;

    public LazyHttpClient(Supplier<OkHttpClient> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public OkHttpClient get() {
        OkHttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = Objects.requireNonNull(build.get(), "the client built");
                    client = built;
                }
            }
        }
        return built;
    }

    /** The client if something has asked for it, for closing: one never built has no threads or pool to stop. */
    public Optional<OkHttpClient> ifBuilt() {
        return Optional.ofNullable(client);
    }
}
