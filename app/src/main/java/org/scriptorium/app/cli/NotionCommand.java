package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.notion.NotionSync;
import org.scriptorium.core.notion.NotionTopicMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scriptorium notion}: research topics kept in step with a Notion database, and drafts sent to it. */
@Command(name = "notion", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Keep research topics in step with a Notion database, both ways, and send drafts to it as pages. "
                + "Uses an internal integration's secret (kept in the system keychain) and Notion API version 2025-09-03.",
        subcommands = {NotionCommand.Connect.class, NotionCommand.Disconnect.class, NotionCommand.Status.class, NotionCommand.Sync.class,
                NotionCommand.PushDraft.class})
final class NotionCommand {
    private NotionCommand() {
    }

    /** Runs a call to Notion; an interrupted one stops the command. */
    private interface NotionCall<T> {
        T call() throws InterruptedException;
    }

    private static <T> T calling(NotionCall<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptoriumException("Stopped.");
        }
    }

    @Command(name = "connect", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Connect to a Notion database (share it with the integration first: ••• › Connections). Topics go to its first "
                    + "data source, in the columns Name, Status, Priority, Domain, Market, Language, Score, Report and Draft where it has them.")
    static final class Connect extends StudioCommand {
        @Option(names = "--token-env", paramLabel = "VAR", description = "Read the integration's secret from this environment variable.")
        String tokenEnv;

        @Option(names = "--token-stdin", description = "Read the integration's secret from the first line of standard input.")
        boolean tokenStdin;

        @Option(names = "--database", required = true, paramLabel = "ID", description = "The database's id, or its address as Notion copies it.")
        String database;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            String token = SecretInput.read(spec, tokenEnv, tokenStdin, "Notion token");
            if (token == null) {
                throw usage("Give the integration's secret with --token-env VAR or --token-stdin (never on the command line).");
            }
            NotionSync.Status status = asUsage(() -> calling(() -> studio().notion().connect(token, database)));
            print(this, json.enabled, status);
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Forget the token and the database; the pages stay in Notion and the topics here.")
    static final class Disconnect extends StudioCommand {
        @Override
        void run() {
            studio().notion().disconnect();
            out().println("Disconnected from Notion.");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Which database the topics sync with, the last sync, and the values syncs overwrote.")
    static final class Status extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            print(this, json.enabled, studio().notion().status());
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Sync the topics both ways now: pages edited in Notion since the last sync come back, topics changed here go there; "
                    + "a field edited on both sides takes the later edit, and the value that lost is printed.")
    static final class Sync extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            NotionSync.Report report = calling(() -> studio().notion().sync(() -> false));
            if (json.enabled) {
                ObjectNode node = JsonOutput.object().put("created", report.created()).put("updated", report.updated())
                        .put("pulled", report.pulled()).put("changedHere", report.changedHere());
                node.set("overwritten", JsonOutput.array(report.overwritten(), NotionCommand::json));
                JsonOutput.print(out(), node);
                return;
            }
            out().println(report.describe() + ".");
            report.overwritten().forEach(o -> out().println("  " + o.describe() + "."));
        }
    }

    @Command(name = "push-draft", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Send a draft to the connected database as a page (its Markdown as Notion blocks); sending it again replaces that page's title and content.")
    static final class PushDraft extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The draft's id or the start of it.")
        String id;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            var draft = draftId(id);
            NotionSync.SentDraft sent = calling(() -> studio().notion().pushDraft(draft));
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.object().put("draft", sent.draftId().toString()).put("page", sent.pageId())
                        .put("url", sent.url()).put("blocks", sent.blocks()).put("updated", sent.updated()));
                return;
            }
            out().println((sent.updated() ? "Updated " : "Created ") + "the Notion page " + sent.url() + " (" + sent.blocks() + " blocks).");
        }
    }

    private static ObjectNode json(NotionSync.Overwrite o) {
        return JsonOutput.object().put("topic", o.topicId().toString()).put("title", o.topicTitle()).put("field", o.field())
                .put("lostValue", o.lostValue()).put("lostOn", o.lostOn() == NotionTopicMerge.Side.LOCAL ? "studio" : "notion")
                .put("at", o.at().toString());
    }

    private static void print(StudioCommand command, boolean json, NotionSync.Status status) {
        if (json) {
            ObjectNode node = JsonOutput.object().put("connected", status.connected()).put("database", status.databaseId())
                    .put("dataSource", status.dataSourceId()).put("dataSourceName", status.dataSourceName())
                    .put("lastSync", status.lastSync() == null ? null : status.lastSync().toString()).put("lastResult", status.lastResult())
                    .put("linkedTopics", status.linkedTopics());
            node.set("overwritten", JsonOutput.array(status.overwritten(), NotionCommand::json));
            JsonOutput.print(command.out(), node);
            return;
        }
        command.out().println(status.describe());
        if (!status.overwritten().isEmpty()) {
            command.out().println("Overwritten lately:");
            status.overwritten().forEach(o -> command.out().println("  " + o.at() + " " + o.describe() + "."));
        }
    }
}
