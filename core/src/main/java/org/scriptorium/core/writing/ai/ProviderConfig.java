package org.scriptorium.core.writing.ai;

import java.net.URI;

/**
 * How to reach one configured provider. The key is handed in from the secret store when a provider is built,
 * never kept in the database; null where the service needs none (Ollama, a local server).
 */
public record ProviderConfig(String name, ProviderKind kind, URI baseUrl, String model, String apiKey) {
    @Override
    public String toString() {
        return "ProviderConfig[" + name + ", " + kind + ", " + baseUrl + ", " + model + ", key " + (apiKey == null ? "none" : "set") + "]";
    }
}
