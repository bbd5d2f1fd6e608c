package org.scriptorium.core.writing.providers;

import org.scriptorium.core.writing.ai.ProviderKind;

import java.net.URI;
import java.util.Locale;

/** Every AI service a user can configure: text models and image generators, with their usual addresses. */
public enum ProviderType {
    OLLAMA("ollama", false, "http://localhost:11434", false),
    OPENAI_COMPATIBLE("openai", false, "https://api.openai.com/v1", true),
    ANTHROPIC("anthropic", false, "https://api.anthropic.com", true),
    OPENAI_IMAGES("openai-images", true, "https://api.openai.com/v1", true),
    STABILITY("stability", true, "https://api.stability.ai", true),
    AUTOMATIC1111("a1111", true, "http://127.0.0.1:7860", false);

    private final String cliName;
    private final boolean images;
    private final String defaultBase;
    private final boolean paid;

    ProviderType(String cliName, boolean images, String defaultBase, boolean paid) {
        this.cliName = cliName;
        this.images = images;
        this.defaultBase = defaultBase;
        this.paid = paid;
    }

    public String cliName() {
        return cliName;
    }

    public boolean makesImages() {
        return images;
    }

    public URI defaultBase() {
        return URI.create(defaultBase);
    }

    /**
     * Ollama and Automatic1111 run models on this machine and cost nothing. Any other service is costed from the
     * price table, wherever it runs: a model with no price there (a local LM Studio model) costs nothing, while a
     * proxy on localhost in front of a paid API is still costed.
     */
    public boolean isLocal(URI base) {
        return !paid;
    }

    public ProviderKind textKind() {
        return switch (this) {
            case OLLAMA -> ProviderKind.OLLAMA;
            case OPENAI_COMPATIBLE -> ProviderKind.OPENAI_COMPATIBLE;
            case ANTHROPIC -> ProviderKind.ANTHROPIC;
            default -> throw new IllegalStateException(this + " makes images, not text");
        };
    }

    public static ProviderType fromCliName(String name) {
        for (ProviderType type : values()) {
            if (type.cliName.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown provider kind " + name
                + "; use ollama, openai, anthropic, openai-images, stability or a1111.");
    }
}
