package org.scriptorium.core.writing.ai;

import java.util.Locale;

/** The kinds of text model service Scriptorium speaks to. */
public enum ProviderKind {
    OLLAMA, OPENAI_COMPATIBLE, ANTHROPIC, OFFLINE;

    public String cliName() {
        return switch (this) {
            case OLLAMA -> "ollama";
            case OPENAI_COMPATIBLE -> "openai";
            case ANTHROPIC -> "anthropic";
            case OFFLINE -> "offline";
        };
    }

    public static ProviderKind fromCliName(String name) {
        for (ProviderKind kind : values()) {
            if (kind.cliName().equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown provider kind " + name + "; use ollama, openai, anthropic or offline.");
    }
}
