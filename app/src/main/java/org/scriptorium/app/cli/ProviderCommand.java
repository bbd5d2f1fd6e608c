package org.scriptorium.app.cli;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.writing.ai.ChatResult;
import org.scriptorium.core.writing.providers.ConfiguredProvider;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.providers.ProviderType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scriptorium provider}: the AI services writing and images use. */
@Command(name = "provider", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Add, list, test, choose and remove AI providers (Ollama, OpenAI-compatible, Anthropic, image services). "
                + "Keys go to the system keychain (or an encrypted file when there is none).",
        subcommands = {ProviderCommand.Add.class, ProviderCommand.ListProviders.class, ProviderCommand.Test.class,
                ProviderCommand.Remove.class, ProviderCommand.Default.class})
final class ProviderCommand {

    static com.fasterxml.jackson.databind.node.ObjectNode json(ConfiguredProvider p, ProviderRegistry registry) {
        var node = JsonOutput.object();
        node.put("name", p.name());
        node.put("kind", p.type().cliName());
        node.put("baseUrl", p.baseUrl().toString());
        node.put("model", p.model());
        node.put("hasKey", p.hasKey());
        node.put("local", p.local());
        node.put("defaultForWriting", registry.defaultFor(ProviderRegistry.Task.WRITING).map(d -> d.id().equals(p.id())).orElse(false));
        node.put("defaultForImages", registry.defaultFor(ProviderRegistry.Task.IMAGES).map(d -> d.id().equals(p.id())).orElse(false));
        return node;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Add a provider. The key is read from --key-env (an environment variable's name) or --key-stdin, never from the command line.")
    static final class Add extends StudioCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "A short name, e.g. ollama, openrouter, claude.")
        String name;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "ollama, openai, anthropic, openai-images, stability or a1111.")
        String kind;

        @Option(names = "--model", required = true, paramLabel = "MODEL", description = "e.g. llama3.1, gpt-4o-mini, claude-sonnet-4-5.")
        String model;

        @Option(names = "--url", paramLabel = "URL", description = "Base URL (default: the service's usual one, e.g. http://localhost:11434).")
        String url;

        @Option(names = "--key-env", paramLabel = "VAR", description = "Read the API key from this environment variable.")
        String keyEnv;

        @Option(names = "--key-stdin", description = "Read the API key from the first line of standard input.")
        boolean keyStdin;

        @Option(names = "--default", description = "Make it the default for writing (or images, for an image service).")
        boolean makeDefault;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            ProviderType type = asUsage(() -> {
                try {
                    return ProviderType.fromCliName(kind);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput(e.getMessage());
                }
            });
            String key = readKey();
            ProviderRegistry registry = studio().writing().providers();
            ConfiguredProvider added = asUsage(() -> registry.add(name, type, url, model, key));
            if (makeDefault) {
                registry.setDefault(type.makesImages() ? ProviderRegistry.Task.IMAGES : ProviderRegistry.Task.WRITING, added.name());
            }
            if (json.enabled) {
                JsonOutput.print(out(), ProviderCommand.json(added, registry));
            } else {
                out().println("Added " + added.name() + " (" + added.type().cliName() + ", " + added.model() + ")"
                        + (added.hasKey() ? "; its key is in " + registry.secretsLocation() : "") + ".");
            }
        }

        private String readKey() {
            return SecretInput.read(spec, keyEnv, keyStdin, "key");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "List the providers.")
    static final class ListProviders extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            ProviderRegistry registry = studio().writing().providers();
            List<ConfiguredProvider> all = registry.list();
            if (json.enabled) {
                var array = JsonOutput.array(all, p -> ProviderCommand.json(p, registry));
                JsonOutput.print(out(), array);
                return;
            }
            if (all.isEmpty()) {
                out().println("No providers: writing uses the built-in offline engine. Add one with: scriptorium provider add NAME --kind ollama --model llama3.1");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("NAME", "KIND", "MODEL", "KEY", "DEFAULT", "URL"));
            for (ConfiguredProvider p : all) {
                String isDefault = registry.defaultFor(ProviderRegistry.Task.WRITING).filter(d -> d.id().equals(p.id())).map(d -> "writing")
                        .or(() -> registry.defaultFor(ProviderRegistry.Task.IMAGES).filter(d -> d.id().equals(p.id())).map(d -> "images")).orElse("");
                rows.add(List.of(p.name(), p.type().cliName(), p.model(), p.hasKey() ? "saved" : "-", isDefault, p.baseUrl().toString()));
            }
            TextOutput.table(out(), rows, -1);
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Send a one-line prompt and show the answer and how long it took.")
    static final class Test extends StudioCommand {
        @Parameters(paramLabel = "NAME", description = "The provider's name.")
        String name;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            ProviderRegistry registry = studio().writing().providers();
            ConfiguredProvider provider = asUsage(() -> registry.get(name));
            if (provider.type().makesImages()) {
                throw usage(provider.name() + " makes images; test it with: scriptorium image generate --provider " + provider.name() + " ...");
            }
            ChatResult answer = registry.test(provider, studio().usage());
            if (json.enabled) {
                var node = JsonOutput.object();
                node.put("provider", provider.name());
                node.put("model", answer.model());
                node.put("answer", answer.text().strip());
                node.put("latencyMs", answer.latency().toMillis());
                JsonOutput.print(out(), node);
            } else {
                out().println(provider.name() + " answered in " + answer.latency().toMillis() + " ms: " + answer.text().strip());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Remove a provider and its saved key.")
    static final class Remove extends StudioCommand {
        @Parameters(paramLabel = "NAME", description = "The provider's name.")
        String name;

        @Override
        void run() {
            asUsage(() -> {
                studio().writing().providers().remove(name);
                return null;
            });
            out().println("Removed " + name + " and its key.");
        }
    }

    @Command(name = "default", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Choose the provider for writing or images; 'offline' for writing means the built-in engine.")
    static final class Default extends StudioCommand {
        @Parameters(index = "0", paramLabel = "TASK", description = "writing or images.")
        String task;

        @Parameters(index = "1", paramLabel = "NAME", description = "A provider's name, or offline.")
        String name;

        @Override
        void run() {
            ProviderRegistry.Task chosen = switch (task.toLowerCase(Locale.ROOT)) {
                case "writing" -> ProviderRegistry.Task.WRITING;
                case "images" -> ProviderRegistry.Task.IMAGES;
                default -> throw usage("The task is writing or images; got " + task + ".");
            };
            asUsage(() -> {
                if ("offline".equalsIgnoreCase(name)) {
                    studio().writing().providers().chooseOffline(chosen);
                } else {
                    studio().writing().providers().setDefault(chosen, name);
                }
                return null;
            });
            out().println("The default for " + task.toLowerCase(Locale.ROOT) + " is now " + name + ".");
        }
    }
}
