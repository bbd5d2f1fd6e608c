package org.scriptorium.core.publishing;

import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.settings.SettingsRepository;

import java.net.URI;
import java.util.Locale;

/**
 * Where each network's API and sign-in pages are, and which API version to ask for. The defaults are the real
 * services; a setting ({@code publish.<network>.api}, {@code .auth}, {@code .version}) points one elsewhere, which is
 * how the tests talk to local fake servers and how a user follows a version change without a new release.
 */
public final class Endpoints {
    private final SettingsRepository settings;

    public Endpoints(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The API base: https://api.linkedin.com, https://graph.facebook.com, https://bsky.social. */
    public URI api(Network network) {
        return URI.create(setting(network, "api", switch (network) {
            case LINKEDIN -> "https://api.linkedin.com";
            case FACEBOOK -> "https://graph.facebook.com";
            case MASTODON -> "https://mastodon.social";
            case BLUESKY -> "https://bsky.social";
        }));
    }

    /** Where the user signs in: the OAuth authorization server's base. */
    public URI auth(Network network) {
        return URI.create(setting(network, "auth", switch (network) {
            case LINKEDIN -> "https://www.linkedin.com";
            case FACEBOOK -> "https://www.facebook.com";
            case MASTODON -> "https://mastodon.social";
            case BLUESKY -> "https://bsky.social";
        }));
    }

    /** LinkedIn's "LinkedIn-Version" (YYYYMM) or Facebook's Graph API version (v25.0); empty for the others. */
    public String version(Network network) {
        return setting(network, "version", switch (network) {
            case LINKEDIN -> "202511";
            case FACEBOOK -> "v25.0";
            default -> "";
        });
    }

    /** Changes the API version asked for: LinkedIn's YYYYMM, Facebook's vNN.N. Refuses anything else. */
    public void setVersion(Network network, String version) {
        String v = version == null ? "" : version.strip();
        boolean valid = switch (network) {
            case LINKEDIN -> v.matches("20\\d{2}(0[1-9]|1[0-2])");
            case FACEBOOK -> v.matches("v\\d{1,2}\\.\\d");
            default -> false;
        };
        if (!valid) {
            throw new org.scriptorium.core.InvalidInput(switch (network) {
                case LINKEDIN -> "The LinkedIn version is a month written YYYYMM, e.g. 202511; got \"" + version + "\".";
                case FACEBOOK -> "The Facebook Graph version looks like v25.0; got \"" + version + "\".";
                default -> network.label() + " has no API version to set.";
            });
        }
        set(network, "version", v);
    }

    /**
     * The 127.0.0.1 port a network that accepts only registered redirect addresses comes back to: the one the
     * README tells users to list in their app, unless they listed another (0 picks any free port, for tests).
     */
    public int redirectPort(Network network) {
        try {
            return Integer.parseInt(setting(network, "redirect-port", Integer.toString(AccountConnector.REGISTERED_REDIRECT_PORT)));
        } catch (NumberFormatException e) {
            return AccountConnector.REGISTERED_REDIRECT_PORT;
        }
    }

    /** A yes/no choice kept per network, such as whether LinkedIn sign-ins also ask for organization pages. */
    public boolean flag(Network network, String what) {
        return Boolean.parseBoolean(setting(network, what, "false"));
    }

    public void setFlag(Network network, String what, boolean on) {
        set(network, what, Boolean.toString(on));
    }

    public void set(Network network, String what, String value) {
        settings.put(key(network, what), value);
    }

    private String setting(Network network, String what, String fallback) {
        return settings.get(key(network, what)).filter(v -> !v.isBlank()).orElse(fallback);
    }

    private static String key(Network network, String what) {
        return "publish." + network.name().toLowerCase(Locale.ROOT) + "." + what;
    }
}
