package org.scriptorium.app.cli;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.LinkTagging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;

/** {@code account tag-links}: UTM tagging of the links in an account's posts, so the creator's web analytics attributes visits. */
@Command(name = "tag-links", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Tag the links in this account's posts with utm_source (the network), utm_medium and utm_campaign (the draft or topic), "
                + "from the next post planned or edited; without --on or --off, show the setting.")
final class AccountTagLinksCommand extends StudioCommand {
    @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's id or its start.")
    String account;

    @Option(names = "--on", description = "Tag links.")
    boolean on;

    @Option(names = "--off", description = "Leave links as written.")
    boolean off;

    @Option(names = "--campaign", paramLabel = "draft|topic", description = "Name the campaign after the post's draft (default) or the topic the draft was started from.")
    String campaign;

    @Option(names = "--medium", paramLabel = "WORD", description = "utm_medium (default social).")
    String medium;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        if (on && off) {
            throw usage("Choose --on or --off, not both.");
        }
        Account chosen = asUsage(() -> studio().publishing().accounts().get(account));
        LinkTagging tagging = studio().scheduling().tagging();
        LinkTagging.Setting setting = tagging.setting(chosen.id());
        if (on || off || campaign != null || medium != null) {
            LinkTagging.Campaign naming = campaign == null ? setting.campaign() : switch (campaign.toLowerCase(Locale.ROOT)) {
                case "draft" -> LinkTagging.Campaign.DRAFT;
                case "topic" -> LinkTagging.Campaign.TOPIC;
                default -> throw usage("--campaign is draft or topic, not " + campaign + ".");
            };
            setting = new LinkTagging.Setting(on || (!off && setting.on()), medium == null ? setting.medium() : medium, naming);
            LinkTagging.Setting chosenSetting = setting;
            asUsage(() -> {
                tagging.set(chosen.id(), chosenSetting);
                return null;
            });
        }
        var example = tagging.paramsFor(chosen, null);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.object().put("accountId", chosen.id().toString()).put("on", setting.on())
                    .put("medium", setting.medium()).put("campaign", setting.campaign().name().toLowerCase(Locale.ROOT))
                    .put("source", chosen.network().cliName()));
            return;
        }
        out().println(setting.on()
                ? "Links in " + chosen.name() + "'s posts carry " + example.map(p -> p.describe()).orElse("") + " · utm_campaign=<the "
                  + setting.campaign().name().toLowerCase(Locale.ROOT) + ">, from the next post planned or edited."
                : "Links in " + chosen.name() + "'s posts are left as written.");
    }
}
