package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;

/** {@code demo}: adds the demo workspace's sample drafts, as the window's first-run offer does. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Add the demo workspace's sample drafts (adding them again changes nothing).")
final class DemoCommand extends StudioCommand {
    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<DraftTransfer.Imported> added = studio().demo().install();
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(added,
                    i -> JsonOutput.transfer(i.file(), i.id(), i.title(), i.outcome().name().toLowerCase(Locale.ROOT))));
            return;
        }
        long created = added.stream().filter(i -> i.outcome() == DraftTransfer.Outcome.CREATED).count();
        out().println(created == 0 ? "The demo workspace's drafts are already here."
                : "Added " + TextOutput.plural((int) created, "sample draft") + ".");
    }
}
