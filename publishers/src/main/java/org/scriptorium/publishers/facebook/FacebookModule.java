package org.scriptorium.publishers.facebook;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.NetworkModule;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

/** Facebook Pages for the publishing SPI, found by {@link java.util.ServiceLoader}. */
public final class FacebookModule implements NetworkModule {
    public FacebookModule() {
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    public Publisher publisher(Account account, PublishingContext context) {
        return new FacebookPublisher(account, context);
    }

    @Override
    public AccountConnector connector(PublishingContext context) {
        return new FacebookConnector(context);
    }
}
