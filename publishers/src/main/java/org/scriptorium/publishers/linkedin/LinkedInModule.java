package org.scriptorium.publishers.linkedin;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.NetworkModule;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

/**
 * LinkedIn for the studio: members, and organization pages when asked for. Found with {@link java.util.ServiceLoader}
 * through its no-argument constructor, which connects members only: asking for page permissions makes LinkedIn refuse
 * the whole sign-in for an app without the Community Management product, which most personal apps lack.
 */
public final class LinkedInModule implements NetworkModule {
    /** The setting that makes sign-ins also ask for the member's organization pages. */
    public static final String PAGES_SETTING = "pages";
    private final boolean pages;

    public LinkedInModule() {
        this(false);
    }

    /** {@code pages}: also ask for, and connect, the organization pages the member administers. */
    public LinkedInModule(boolean pages) {
        this.pages = pages;
    }

    @Override
    public Network network() {
        return Network.LINKEDIN;
    }

    @Override
    public Publisher publisher(Account account, PublishingContext context) {
        return new LinkedInPublisher(account, context);
    }

    @Override
    public AccountConnector connector(PublishingContext context) {
        // The user's choice in the window or `account connect linkedin --pages` is kept as a setting.
        return new LinkedInConnector(context, pages || context.endpoints().flag(Network.LINKEDIN, PAGES_SETTING));
    }
}
