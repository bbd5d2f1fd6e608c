package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.scheduling.RecurringJobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code scriptorium jobs}: the recurring work the window does while it is open, to look at and to run from a script. */
@Command(name = "jobs", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "The recurring jobs the window runs while it is open (publishing rounds, source polls, topic discovery).",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Run.class})
final class JobsCommand {
    private JobsCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Each job: how often it runs, when it last ran, when it is next due and how its last run went.")
    static final class ListJobs extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<RecurringJobs.Status> jobs = studio().jobs().list();
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(jobs, JobsCommand::json));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("NAME", "EVERY", "LAST RUN", "NEXT DUE", "LAST OUTCOME"));
            jobs.forEach(job -> rows.add(List.of(job.name(), every(job.interval()), job.lastRun() == null ? "never" : TextOutput.local(job.lastRun()),
                    TextOutput.local(job.nextDue()), job.lastOutcome() == null ? "" : job.lastOutcome())));
            TextOutput.table(out(), rows, -1);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Run one job now, due or not, and wait for it; it counts as the job's run. Fails (exit 1) when the job does.")
    static final class Run extends StudioCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The job's name, as jobs list shows it.")
        String name;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            RecurringJobs.Status status = asUsage(() -> studio().jobs().runNow(name)).join();
            if (status.lastFailed()) {
                throw new ScriptoriumException("The job " + name + " " + status.lastOutcome() + ".");
            }
            if (json.enabled) {
                JsonOutput.print(out(), json(status));
            } else {
                out().println(name + ": " + status.lastOutcome() + ". Next due " + TextOutput.local(status.nextDue()) + ".");
            }
        }
    }

    private static ObjectNode json(RecurringJobs.Status job) {
        return JsonOutput.object().put("name", job.name()).put("intervalSeconds", job.interval().toSeconds())
                .put("lastRun", job.lastRun() == null ? null : job.lastRun().toString()).put("nextDue", job.nextDue().toString())
                .put("lastOutcome", job.lastOutcome()).put("lastFailed", job.lastFailed());
    }

    /** "30 seconds", "5 minutes", "1 day". */
    static String every(Duration interval) {
        if (interval.toSeconds() % 86_400 == 0) {
            return TextOutput.plural((int) interval.toDays(), "day");
        }
        if (interval.toSeconds() % 3_600 == 0) {
            return TextOutput.plural((int) interval.toHours(), "hour");
        }
        if (interval.toSeconds() % 60 == 0) {
            return TextOutput.plural((int) interval.toMinutes(), "minute");
        }
        return TextOutput.plural((int) interval.toSeconds(), "second");
    }
}
