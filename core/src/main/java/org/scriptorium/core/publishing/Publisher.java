package org.scriptorium.core.publishing;

import org.scriptorium.core.accounts.Network;

import java.util.List;
import java.util.Optional;

/**
 * Publishes to one account on one network. Implementations live in the publishers module, one package per network;
 * every call that talks to the network may throw {@link PublishException}, typed so the scheduler knows whether to
 * retry, ask the user to sign in again, give up, or reconcile first.
 */
public interface Publisher {
    Network network();

    Capabilities capabilities();

    /** Every problem at once (length, images, sizes, alt text, a time too soon to schedule), without any network call. */
    List<Problem> validate(OutgoingPost post);

    /** Creates the post; returns its id and address. Never retries a request that may have reached the network. */
    Published publish(PublishJob job);

    /**
     * Looks on the network for a post an earlier attempt of this job created when that attempt's outcome was unknown
     * (a timeout after the request was sent). Empty only when the post is certainly not there.
     */
    Optional<Published> reconcile(PublishJob job);

    /** Reads what this account's published posts did, where the network offers it; empty where it does not (yet). */
    default java.util.Optional<MetricsReader> metrics() {
        return java.util.Optional.empty();
    }
}
