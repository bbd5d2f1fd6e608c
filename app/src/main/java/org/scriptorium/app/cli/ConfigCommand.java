package org.scriptorium.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code scriptorium config}: the studio's research settings (the window shows the same ones). */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show or change settings: web-search (a SearXNG address research also searches, empty for none) "
                + "near-duplicate-threshold (0-1: how alike two documents must be to count as one story), "
                + "linkedin-version (the LinkedIn-Version header, YYYYMM), facebook-version (the Graph API version, e.g. v25.0) "
                + "notifications (on or off: a desktop notification when a post fails or is missed) "
                + "catch-up (how late a post that came due while Scriptorium was closed may still go out: 2h, 90m, 15m to 7d), "
                + "update-checks (on or off: the window asks the release feed once a day whether a newer version is out) "
                + "and update-feed (the release feed's address, empty for the project's own).",
        subcommands = {ConfigCommand.Show.class, ConfigCommand.Set.class})
final class ConfigCommand {
    static final String WEB_SEARCH = "web-search";
    static final String THRESHOLD = "near-duplicate-threshold";
    static final String LINKEDIN_VERSION = "linkedin-version";
    static final String FACEBOOK_VERSION = "facebook-version";
    static final String NOTIFICATIONS = "notifications";
    static final String CATCH_UP = "catch-up";
    static final String UPDATE_CHECKS = "update-checks";
    static final String UPDATE_FEED = "update-feed";
    static final String DEMAND_SERVICES = "demand-services";
    static final String NOTION_API = "notion-api";

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Show every setting.")
    static final class Show extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(WEB_SEARCH, research().webSearchAddress().map(Object::toString).orElse(""));
            values.put(THRESHOLD, Double.toString(research().documents().threshold()));
            var endpoints = studio().publishing().endpoints();
            values.put(LINKEDIN_VERSION, endpoints.version(org.scriptorium.core.accounts.Network.LINKEDIN));
            values.put(FACEBOOK_VERSION, endpoints.version(org.scriptorium.core.accounts.Network.FACEBOOK));
            values.put(NOTIFICATIONS, studio().scheduling().alerts().desktopNotifications() ? "on" : "off");
            values.put(CATCH_UP, org.scriptorium.core.scheduling.LateWindow.format(studio().scheduling().catchUpWindow().orElse(
                    org.scriptorium.core.scheduling.PublishEngine.Policy.DEFAULT.publishIfLateBy())));
            var updates = updates();
            values.put(UPDATE_CHECKS, updates.automatic() ? "on" : "off");
            values.put(UPDATE_FEED, updates.feed().toString());
            values.put(DEMAND_SERVICES, String.join(" ", research().demandServices().stream().map(d -> d.name() + "=" + d.template()).toList()));
            values.put(NOTION_API, studio().notion().apiAddress());
            if (json.enabled) {
                var node = JsonOutput.object();
                values.forEach(node::put);
                JsonOutput.print(out(), node);
            } else {
                values.forEach((k, v) -> out().println(k + " = " + v));
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Change a setting.")
    static final class Set extends StudioCommand {
        @Parameters(index = "0", paramLabel = "KEY", description = WEB_SEARCH + ", " + THRESHOLD + ", " + LINKEDIN_VERSION + " (YYYYMM), "
                + FACEBOOK_VERSION + " (e.g. v25.0), " + NOTIFICATIONS + " (on or off), " + CATCH_UP + " (e.g. 2h, 90m), "
                + UPDATE_CHECKS + " (on or off), " + UPDATE_FEED + " (an http or https address) or " + DEMAND_SERVICES
                + " (name=address pairs, each address with {query}) or " + NOTION_API + " (an http or https address; nothing sets it back to Notion's).")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", arity = "0..1", description = "The new value (nothing clears web-search, and sets update-feed back to the project's).")
        String value;

        @Override
        void run() {
            switch (key) {
                case WEB_SEARCH -> asUsage(() -> {
                    research().setWebSearchAddress(value);
                    return null;
                });
                case THRESHOLD -> {
                    double threshold;
                    try {
                        threshold = Double.parseDouble(value == null ? "" : value);
                    } catch (NumberFormatException e) {
                        throw usage("The near-duplicate threshold is a number between 0 and 1, e.g. 0.5.");
                    }
                    asUsage(() -> {
                        research().documents().setThreshold(threshold);
                        return null;
                    });
                }
                case LINKEDIN_VERSION, FACEBOOK_VERSION -> asUsage(() -> {
                    studio().publishing().endpoints().setVersion(key.equals(LINKEDIN_VERSION) ? org.scriptorium.core.accounts.Network.LINKEDIN
                            : org.scriptorium.core.accounts.Network.FACEBOOK, value);
                    return null;
                });
                case NOTIFICATIONS -> {
                    if (!"on".equals(value) && !"off".equals(value)) {
                        throw usage("Desktop notifications are on or off; got \"" + (value == null ? "" : value) + "\".");
                    }
                    studio().scheduling().alerts().setDesktopNotifications("on".equals(value));
                }
                case CATCH_UP -> asUsage(() -> {
                    studio().scheduling().setCatchUpWindow(org.scriptorium.core.scheduling.LateWindow.parse(value));
                    return null;
                });
                case UPDATE_CHECKS -> {
                    if (!"on".equals(value) && !"off".equals(value)) {
                        throw usage("Update checks are on or off; got \"" + (value == null ? "" : value) + "\".");
                    }
                    updates().setAutomatic("on".equals(value));
                }
                case UPDATE_FEED -> asUsage(() -> {
                    updates().setFeed(value);
                    return null;
                });
                case DEMAND_SERVICES -> asUsage(() -> {
                    research().setDemandServices(value);
                    return null;
                });
                case NOTION_API -> asUsage(() -> {
                    studio().notion().setApiAddress(value);
                    return null;
                });
                default -> throw usage("Unknown setting " + key + "; known: " + WEB_SEARCH + ", " + THRESHOLD + ", " + LINKEDIN_VERSION + ", "
                        + FACEBOOK_VERSION + ", " + NOTIFICATIONS + ", " + CATCH_UP + ", " + UPDATE_CHECKS + ", " + UPDATE_FEED + ", " + DEMAND_SERVICES + ", " + NOTION_API + ".");
            }
            out().println(key + " = " + (value == null ? "" : value));
        }
    }
}
