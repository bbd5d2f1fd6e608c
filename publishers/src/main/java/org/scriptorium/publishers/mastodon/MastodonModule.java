package org.scriptorium.publishers.mastodon;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.NetworkModule;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

/** Mastodon for the studio, found by {@link java.util.ServiceLoader}. */
public final class MastodonModule implements NetworkModule {
    @Override
    public Network network() {
        return Network.MASTODON;
    }

    @Override
    public Publisher publisher(Account account, PublishingContext context) {
        return new MastodonPublisher(context, account);
    }

    @Override
    public AccountConnector connector(PublishingContext context) {
        return new MastodonConnector(context);
    }
}
