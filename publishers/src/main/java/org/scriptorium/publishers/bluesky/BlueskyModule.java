package org.scriptorium.publishers.bluesky;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.NetworkModule;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

/** Bluesky for the studio, found by {@link java.util.ServiceLoader}. */
public final class BlueskyModule implements NetworkModule {
    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    public Publisher publisher(Account account, PublishingContext context) {
        return new BlueskyPublisher(context, account);
    }

    @Override
    public AccountConnector connector(PublishingContext context) {
        return new BlueskyConnector(context);
    }
}
