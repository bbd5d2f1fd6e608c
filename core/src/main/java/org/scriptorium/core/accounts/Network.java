package org.scriptorium.core.accounts;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.writing.social.Platform;

import java.util.Arrays;
import java.util.Locale;

/** A social network Scriptorium publishes to: each account lives on one, and each has its own publisher. */
public enum Network {
    LINKEDIN("LinkedIn", Platform.LINKEDIN),
    FACEBOOK("Facebook", Platform.FACEBOOK),
    MASTODON("Mastodon", Platform.MASTODON),
    BLUESKY("Bluesky", Platform.BLUESKY);

    private final String label;
    private final Platform platform;

    Network(String label, Platform platform) {
        this.label = label;
        this.platform = platform;
    }

    public String label() {
        return label;
    }

    /** The platform whose counting rules apply to this network's posts. */
    public Platform platform() {
        return platform;
    }

    /** "linkedin" as typed on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Network parse(String name) {
        return Arrays.stream(values()).filter(n -> n.cliName().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("Unknown network \"" + name + "\": use linkedin, facebook, mastodon or bluesky."));
    }
}
