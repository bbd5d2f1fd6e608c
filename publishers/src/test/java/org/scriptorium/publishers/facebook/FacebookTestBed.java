package org.scriptorium.publishers.facebook;

import okhttp3.OkHttpClient;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishingContext;

import java.io.IOException;
import java.nio.file.Path;

/** A real studio in a temp folder whose Facebook endpoints point at a {@link FakeGraph}. */
final class FacebookTestBed implements AutoCloseable {
    final FakeGraph graph;
    final Studio studio;

    FacebookTestBed(Path dataDir) throws IOException {
        this.graph = new FakeGraph();
        this.studio = TestStudios.open(dataDir);
        studio.publishing().endpoints().set(Network.FACEBOOK, "api", graph.baseUrl());
        studio.publishing().endpoints().set(Network.FACEBOOK, "auth", graph.baseUrl());
    }

    PublishingContext context() {
        return studio.publishing().context();
    }

    /** The studio's context with another HTTP client (short timeouts). */
    PublishingContext context(OkHttpClient http) {
        PublishingContext context = context();
        return new PublishingContext(http, context.clock(), context.endpoints(), context.accounts());
    }

    /** The bakery Page as connecting it leaves it: a row without secrets, its Page token and the app secret in the secret store. */
    Account bakery() {
        return graph.connectBakery(studio.publishing());
    }

    FacebookPublisher publisher(Account account) {
        return new FacebookPublisher(account, context());
    }

    @Override
    public void close() {
        try (graph) {
            studio.close();
        }
    }
}
