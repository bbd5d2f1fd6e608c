package org.scriptorium.core.writing.providers;

import okhttp3.OkHttpClient;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.Ids;
import org.scriptorium.core.writing.ai.ProviderConfig;
import org.scriptorium.core.writing.ai.TextProvider;
import org.scriptorium.core.writing.ai.TextProviders;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The AI services a user configured: added, listed, removed, chosen as the default for a task, and built into
 * clients with their keys from the secret store. Keys never reach the database or a log.
 */
public final class ProviderRegistry {
    public enum Task { WRITING, IMAGES }

    private static final String OFFLINE_CHOSEN = "ai.writing.offline-chosen";

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final SettingsRepository settings;
    private final Supplier<SecretStore> secrets;
    private final Supplier<OkHttpClient> http;
    // One client per provider for the life of the studio: its circuit breaker must see every call.
    private final java.util.Map<UUID, TextProvider> clients = new java.util.concurrent.ConcurrentHashMap<>();
    private java.time.Instant ollamaCheckedAt;
    private Optional<TextProvider> ollama = Optional.empty();

    public ProviderRegistry(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings,
                            Supplier<SecretStore> secrets, Supplier<OkHttpClient> http) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
    }

    public ConfiguredProvider add(String name, ProviderType type, String baseUrl, String model, String key) {
        String cleanName = name == null ? "" : name.strip();
        if (!cleanName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            throw new InvalidInput("A provider name is a short word (letters, digits, . _ -), e.g. ollama or openrouter; got " + name + ".");
        }
        if (model == null || model.isBlank()) {
            throw new InvalidInput("Say which model to use, e.g. --model llama3.1 or --model gpt-4o-mini.");
        }
        URI base = baseUrl == null || baseUrl.isBlank() ? type.defaultBase() : validBase(baseUrl);
        if (find(cleanName).isPresent()) {
            throw new InvalidInput("There is already a provider named " + cleanName + ".");
        }
        boolean hasKey = key != null && !key.isBlank();
        ConfiguredProvider added = sessions.fromTransaction(session -> {
            ProviderRecord row = new ProviderRecord(Ids.newId(), cleanName, type, base.toString(), model.strip(), hasKey, clock.instant(), deviceId);
            session.persist(row);
            return row.view();
        });
        if (hasKey) {
            secrets.get().put(added.secretName(), key.strip());
        }
        return added;
    }

    public List<ConfiguredProvider> list() {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "from ProviderRecord p where p.deletedAt is null order by p.name", ProviderRecord.class)
                .getResultList().stream().map(ProviderRecord::view).toList());
    }

    public Optional<ConfiguredProvider> find(String name) {
        return list().stream().filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public ConfiguredProvider get(String name) {
        return find(name).orElseThrow(() -> new InvalidInput("No provider named " + name + "; see `scriptorium provider list`."));
    }

    public void remove(String name) {
        ConfiguredProvider provider = get(name);
        sessions.inTransaction(session -> {
            ProviderRecord row = session.find(ProviderRecord.class, provider.id());
            row.remove(clock.instant());
            row.touch(clock.instant(), deviceId);
        });
        clients.remove(provider.id());
        if (provider.hasKey()) {
            secrets.get().delete(provider.secretName());
        }
        for (Task task : Task.values()) {
            if (defaultName(task).filter(provider.name()::equalsIgnoreCase).isPresent()) {
                setDefault(task, null);
            }
        }
    }

    /** The provider used for a task unless another is asked for; none means the built-in offline engine. */
    public Optional<ConfiguredProvider> defaultFor(Task task) {
        return defaultName(task).flatMap(this::find);
    }

    /**
     * An Ollama answering on this machine with at least one model, when the user chose no default for writing:
     * the writer uses it rather than the offline engine. Looked for at most once a minute (the probe waits 300 ms).
     */
    public synchronized Optional<TextProvider> runningOllama() {
        // "off" (the tests) or another address to look at instead of localhost:11434.
        String probe = System.getProperty("scriptorium.ollama-probe", System.getenv().getOrDefault("SCRIPTORIUM_OLLAMA_PROBE", "on"));
        boolean probeOff = "off".equals(probe);
        if (probeOff || defaultName(Task.WRITING).isPresent() || settings.get(OFFLINE_CHOSEN).filter("true"::equals).isPresent()) {
            return Optional.empty();
        }
        java.time.Instant now = clock.instant();
        if (ollamaCheckedAt == null || now.isAfter(ollamaCheckedAt.plusSeconds(60))) {
            ollamaCheckedAt = now;
            ollama = Optional.empty();
            URI base = probe.startsWith("http") ? URI.create(probe) : org.scriptorium.core.writing.ai.OllamaProvider.DEFAULT_BASE;
            if (org.scriptorium.core.writing.ai.OllamaProvider.answers(http.get(), base)) {
                var lister = new org.scriptorium.core.writing.ai.OllamaProvider(new ProviderConfig("ollama", ProviderType.OLLAMA.textKind(), base, "", null), http.get(), clock);
                List<String> models = lister.models();
                if (!models.isEmpty()) {
                    ollama = Optional.of(TextProviders.create(new ProviderConfig("ollama", ProviderType.OLLAMA.textKind(), base, models.getFirst(), null), http.get(), clock));
                }
            }
        }
        return ollama;
    }

    /** The user chose the offline engine (or offline title cards): no provider, and no Ollama found on the way. */
    public void chooseOffline(Task task) {
        setDefault(task, null);
        if (task == Task.WRITING) {
            settings.put(OFFLINE_CHOSEN, "true");
        }
    }

    public void setDefault(Task task, String name) {
        if (task == Task.WRITING && name != null && !name.isBlank()) {
            settings.put(OFFLINE_CHOSEN, "false");
        }
        if (name != null && !name.isBlank()) {
            ConfiguredProvider provider = get(name);
            if (provider.type().makesImages() != (task == Task.IMAGES)) {
                throw new InvalidInput(provider.name() + " makes " + (provider.type().makesImages() ? "images" : "text")
                        + "; it cannot be the default for " + task.name().toLowerCase(Locale.ROOT) + ".");
            }
        }
        settings.put(settingFor(task), name == null ? "" : name.strip());
    }

    /** A client for a text provider, with its key from the secret store. */
    public TextProvider textClient(ConfiguredProvider provider) {
        if (provider.type().makesImages()) {
            throw new InvalidInput(provider.name() + " makes images, not text.");
        }
        return clients.computeIfAbsent(provider.id(), id -> TextProviders.create(config(provider), http.get(), clock));
    }

    /** Sends a one-line prompt and returns the answer with its latency; the call is recorded like any other. */
    public org.scriptorium.core.writing.ai.ChatResult test(ConfiguredProvider provider, org.scriptorium.core.writing.usage.UsageLedger ledger) {
        TextProvider client = textClient(provider);
        var result = client.chat(new org.scriptorium.core.writing.ai.ChatRequest(null,
                        List.of(org.scriptorium.core.writing.ai.ChatMessage.user("Reply with one short sentence to say you are there.")), 0.2, 60),
                org.scriptorium.core.writing.ai.TokenSink.NONE, org.scriptorium.core.Progress.NONE);
        ledger.record(new org.scriptorium.core.writing.usage.AiCall(provider.name(), result.model() == null ? provider.model() : result.model(),
                "test", result.inputTokens(), result.outputTokens(), 0, result.latency(),
                org.scriptorium.core.writing.usage.AiCall.Outcome.OK, null, null), provider.local());
        return result;
    }

    public ProviderConfig config(ConfiguredProvider provider) {
        String key = provider.hasKey() ? secrets.get().get(provider.secretName()).orElseThrow(() -> new ScriptoriumException(
                "The key of " + provider.name() + " is missing from " + secrets.get().describe() + "; add the provider again.")) : null;
        return new ProviderConfig(provider.name(), provider.type().makesImages() ? null : provider.type().textKind(),
                provider.baseUrl(), provider.model(), key);
    }

    public String secretsLocation() {
        return secrets.get().describe();
    }

    public OkHttpClient http() {
        return http.get();
    }

    private Optional<String> defaultName(Task task) {
        return settings.get(settingFor(task)).filter(s -> !s.isBlank());
    }

    private static String settingFor(Task task) {
        return "ai.default." + task.name().toLowerCase(Locale.ROOT);
    }

    private static URI validBase(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new InvalidInput("A provider address starts with http:// or https://, e.g. http://localhost:11434.");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInput("That is not a valid address: " + text + ".");
        }
    }
}
