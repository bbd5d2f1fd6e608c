package org.scriptorium.app.cli;

import org.scriptorium.core.scheduling.PublishEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scriptorium publish-due}: one publishing round, for cron or a server without the window. */
@Command(name = "publish-due", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Reconcile posts whose outcome is unknown, publish what is due now, then exit (for cron).")
final class PublishDueCommand extends StudioCommand {
    @Mixin
    JsonOption json;

    @Override
    void run() {
        PublishEngine.TickReport report = studio().scheduling().engine().tick();
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.object().put("published", report.published()).put("retrying", report.retrying())
                    .put("failed", report.failed()).put("missed", report.missed()).put("reconciled", report.reconciled()));
        } else {
            out().println(report.describe() + ".");
        }
    }
}
