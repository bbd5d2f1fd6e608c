package org.scriptorium.core.publishing;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;

/**
 * A network's publisher and connector, found with {@link java.util.ServiceLoader}: the publishers module registers
 * one per network, so the core knows the SPI and never the networks.
 */
public interface NetworkModule {
    Network network();

    Publisher publisher(Account account, PublishingContext context);

    AccountConnector connector(PublishingContext context);
}
