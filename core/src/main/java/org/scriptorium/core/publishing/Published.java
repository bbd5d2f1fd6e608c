package org.scriptorium.core.publishing;

import java.net.URI;

/** A post that exists on the network: its id there and the address a reader opens. */
public record Published(String postId, URI url) {
}
