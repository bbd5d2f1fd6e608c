package org.scriptorium.core.writing.providers;

import java.net.URI;
import java.util.UUID;

/** A provider as settings and `provider list` show it (whether a key is saved, never the key). */
public record ConfiguredProvider(UUID id, String name, ProviderType type, URI baseUrl, String model, boolean hasKey) {
    public boolean local() {
        return type.isLocal(baseUrl);
    }

    String secretName() {
        return "provider:" + id;
    }
}
