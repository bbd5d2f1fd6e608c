package org.scriptorium.core.scheduling;

import java.util.UUID;

/**
 * Who may call the network for a post when several devices and workers publish for one account (decision 19). A
 * studio without sync takes every claim: it is the only one publishing.
 */
public interface PublishClaims {
    enum Claim {
        /** This device holds the post now: it may store its intent and call the network. */
        TAKEN,
        /** This device holds it now, taken from a holder whose lease ran out: the network is asked first whether that one sent it. */
        TAKEN_OVER,
        /** Another device or worker holds it: left alone. */
        HELD_ELSEWHERE,
        /** Another device or worker published it; its result arrives with the next sync. */
        PUBLISHED_ELSEWHERE,
        /** Sync is set up but the claims cannot be reached: nothing is sent until they can. */
        UNAVAILABLE
    }

    Claim claim(UUID postId);

    /** Ends this device's claim: published (no one may send it again) or released (anyone may, later). */
    void finish(UUID postId, boolean published);

    PublishClaims ALONE = new PublishClaims() {
        @Override
        public Claim claim(UUID postId) {
            return Claim.TAKEN;
        }

        @Override
        public void finish(UUID postId, boolean published) {
        }
    };
}
