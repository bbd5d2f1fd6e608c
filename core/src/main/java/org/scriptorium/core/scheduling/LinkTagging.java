package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.settings.SettingsRepository;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * UTM tagging of the links in an account's posts, as the user set it for that account: off, or on with the campaign
 * named after the post's draft or after the topic the draft was started from. Posts are tagged when they are planned
 * or edited, so what is stored is what goes out (and what every retry and look-up sends and compares).
 */
public final class LinkTagging {
    /** What names the campaign. */
    public enum Campaign { DRAFT, TOPIC }

    /** An account's tagging: off, or the medium and what names the campaign. */
    public record Setting(boolean on, String medium, Campaign campaign) {
        public static final Setting OFF = new Setting(false, "social", Campaign.DRAFT);

        public Setting {
            medium = medium == null || medium.isBlank() ? "social" : medium.strip().toLowerCase(Locale.ROOT);
            campaign = campaign == null ? Campaign.DRAFT : campaign;
        }

        String stored() {
            return on ? "on;" + medium + ";" + campaign.name().toLowerCase(Locale.ROOT) : "off";
        }

        static Setting parse(String stored) {
            String[] parts = stored.split(";");
            if (!parts[0].equals("on") || parts.length < 3) {
                return OFF;
            }
            return new Setting(true, parts[1], parts[2].equals("topic") ? Campaign.TOPIC : Campaign.DRAFT);
        }
    }

    static final String SETTING_PREFIX = "utm.";

    private final SettingsRepository settings;
    private final Function<UUID, Optional<String>> draftCampaign;
    private final Function<UUID, Optional<String>> topicCampaign;

    /**
     * @param draftCampaign a draft's campaign name (its slug), by draft id
     * @param topicCampaign the campaign name of the topic a draft was started from, by draft id
     */
    public LinkTagging(SettingsRepository settings, Function<UUID, Optional<String>> draftCampaign,
                       Function<UUID, Optional<String>> topicCampaign) {
        this.settings = settings;
        this.draftCampaign = draftCampaign;
        this.topicCampaign = topicCampaign;
    }

    public Setting setting(UUID accountId) {
        return settings.get(SETTING_PREFIX + accountId).map(Setting::parse).orElse(Setting.OFF);
    }

    public void set(UUID accountId, Setting setting) {
        if (!setting.medium().matches("[a-z0-9_-]{1,40}")) {
            throw new InvalidInput("A medium is one word of letters, digits, - or _ (like social); got \"" + setting.medium() + "\".");
        }
        settings.put(SETTING_PREFIX + accountId, setting.stored());
    }

    /** What this account's links carry for a post of this draft (null: none), or empty when its tagging is off. */
    public Optional<UtmParams> paramsFor(Account account, UUID draftId) {
        Setting setting = setting(account.id());
        if (!setting.on()) {
            return Optional.empty();
        }
        Optional<String> campaign = draftId == null ? Optional.empty() : setting.campaign() == Campaign.TOPIC
                ? topicCampaign.apply(draftId).or(() -> draftCampaign.apply(draftId))
                : draftCampaign.apply(draftId);
        return Optional.of(new UtmParams(account.network().cliName(), setting.medium(), campaign.orElse(null)));
    }

    /** The text as it will be stored and sent: its links tagged when the account's tagging is on. */
    public String tag(Account account, UUID draftId, String text) {
        return paramsFor(account, draftId).map(p -> p.apply(text)).orElse(text);
    }
}
