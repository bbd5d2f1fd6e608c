package org.scriptorium.core.updates;

import java.net.URI;

/** One published release: its version, the tag it was published under (v1.3.0) and its page ("What's new"). */
public record Release(ReleaseVersion version, String tag, URI page) {
}
