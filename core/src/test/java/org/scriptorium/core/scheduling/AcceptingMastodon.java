package org.scriptorium.core.scheduling;

import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.Publisher;

import java.util.List;

/** What the test platforms share: a Mastodon-sized network that finds nothing wrong with any post before it is sent. */
public interface AcceptingMastodon extends Publisher {
    @Override
    default Network network() {
        return Network.MASTODON;
    }

    @Override
    default Capabilities capabilities() {
        return new Capabilities(500, 4, 1_000_000, false, false, false);
    }

    @Override
    default List<Problem> validate(OutgoingPost post) {
        return List.of();
    }
}
