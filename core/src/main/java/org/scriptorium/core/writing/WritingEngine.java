package org.scriptorium.core.writing;

import okhttp3.OkHttpClient;
import org.hibernate.SessionFactory;
import org.scriptorium.core.http.LazyHttpClient;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The writing half of the studio, built once by the Studio: providers, prompts, the writer and its ledger. */
public final class WritingEngine implements AutoCloseable {
    private final LazyHttpClient http;
    private final ProviderRegistry providers;
    private final PromptTemplates templates;
    private final WritingService writing;

    public WritingEngine(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings, Path dataDir,
                         ResearchEngine research, DraftService drafts, UsageLedger ledger, Supplier<SecretStore> secrets) {
        // Streaming answers may pause for long; the clients set their own timeouts per call.
        this.http = new LazyHttpClient(() -> new OkHttpClient.Builder().readTimeout(0, TimeUnit.MILLISECONDS).build());
        this.providers = new ProviderRegistry(sessions, clock, deviceId, settings, secrets, http);
        this.templates = new PromptTemplates(dataDir.resolve("prompts"));
        this.writing = new WritingService(research, drafts, providers, templates, ledger, sessions, clock, deviceId);
    }

    public ProviderRegistry providers() {
        return providers;
    }

    public PromptTemplates templates() {
        return templates;
    }

    public WritingService writing() {
        return writing;
    }

    @Override
    public void close() {
        http.ifBuilt().ifPresent(client -> {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        });
    }
}
