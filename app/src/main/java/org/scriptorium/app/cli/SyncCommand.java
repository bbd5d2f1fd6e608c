package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.Progress;
import org.scriptorium.core.sync.Hub;
import org.scriptorium.core.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code scriptorium sync}: keep several machines in step through the user's own PostgreSQL (decision 18). */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Sync this data directory with your own PostgreSQL (Neon, Supabase, RDS, a server of yours).",
        subcommands = {SyncCommand.Setup.class, SyncCommand.Now.class, SyncCommand.Status.class, SyncCommand.Conflicts.class,
                SyncCommand.Resolve.class, SyncCommand.Devices.class, SyncCommand.RemoveDevice.class, SyncCommand.Off.class})
final class SyncCommand {
    private SyncCommand() {
    }

    @Command(name = "setup", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = {"Connect to a sync account and sync once. The first device creates the account's tables and sets its "
                    + "passphrase; every other device must type the same passphrase. The password and the key stay in this "
                    + "device's keychain. Hosts other than this machine are reached over TLS with the certificate checked."})
    static final class Setup extends StudioCommand {
        @Option(names = "--url", required = true, paramLabel = "URL", description = "postgresql://HOST:PORT/DATABASE (no password in it).")
        String url;

        @Option(names = "--user", required = true, paramLabel = "USER", description = "The PostgreSQL user.")
        String user;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Read the PostgreSQL password from this environment variable.")
        String passwordEnv;

        @Option(names = "--password-stdin", description = "Read the PostgreSQL password from the first line of standard input.")
        boolean passwordStdin;

        @Option(names = "--passphrase-env", required = true, paramLabel = "VAR",
                description = "Read the sync passphrase (at least 8 characters; it seals your tokens and keys) from this environment variable.")
        String passphraseEnv;

        @Option(names = "--device-name", paramLabel = "NAME", description = "How other devices name this one (default: the host name).")
        String deviceName;

        @Option(names = "--insecure-skip-tls-verify",
                description = "Encrypt without checking the server's certificate. Anyone between you and the server could read your drafts: "
                        + "use only for a server you control on a network you trust.")
        boolean insecureTls;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            String password = SecretInput.read(spec, passwordEnv, passwordStdin, "password");
            if (password == null) {
                throw usage("Give the PostgreSQL password with --password-env VAR or --password-stdin (never on the command line).");
            }
            String passphrase = SecretInput.read(spec, passphraseEnv, false, "sync passphrase");
            if (insecureTls) {
                spec.commandLine().getErr().println("scriptorium: warning: the server's certificate will not be checked.");
            }
            SyncService sync = studio().sync();
            asUsage(() -> sync.setup(url, insecureTls, user, password, passphrase.toCharArray(), deviceName));
            SyncService.Report report = sync.syncNow(Progress.NONE);
            print(this, json.enabled, sync.status(), report);
        }
    }

    @Command(name = "now", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Sync now: receive what other devices changed, send what changed here.")
    static final class Now extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            SyncService sync = studio().sync();
            SyncService.Report report = sync.syncNow(Progress.NONE);
            print(this, json.enabled, sync.status(), report);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Whether sync is set up, with which server, when it last ran, its last error and open conflicts.")
    static final class Status extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            print(this, json.enabled, studio().sync().status(), null);
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Drafts edited on two devices that sync could not merge (each has a copy with the other text), "
                    + "and drafts brought back because one device deleted what another edited.")
    static final class Conflicts extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<SyncService.Conflict> conflicts = studio().sync().conflicts();
            if (json.enabled) {
                ArrayNode array = JsonOutput.object().arrayNode();
                for (SyncService.Conflict conflict : conflicts) {
                    ObjectNode node = array.addObject();
                    node.put("id", conflict.id().toString());
                    node.put("kind", conflict.kind().toLowerCase(Locale.ROOT));
                    node.put("record", conflict.aboutPost() ? "post" : "draft");
                    node.put(conflict.aboutPost() ? "postId" : "draftId", conflict.recordId().toString());
                    if (conflict.theirText() != null) {
                        node.put("theirText", conflict.theirText());
                    }
                    node.put("copyId", conflict.copyId() == null ? null : conflict.copyId().toString());
                    node.put("otherDevice", conflict.otherDevice());
                    node.put("detectedAt", conflict.detectedAt().toString());
                }
                JsonOutput.print(out(), array);
                return;
            }
            if (conflicts.isEmpty()) {
                out().println("No conflicts.");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "KIND", "DRAFT OR POST", "COPY OR THEIR TEXT", "OTHER DEVICE", "WHEN"));
            for (SyncService.Conflict conflict : conflicts) {
                rows.add(List.of(conflict.id().toString(), conflict.kind().equals("TEXT") ? "both edited" : "brought back",
                        conflict.aboutPost() ? "post " + conflict.recordId() : title(conflict.recordId()),
                        conflict.theirText() != null ? TextOutput.clip(conflict.theirText(), 40)
                                : conflict.copyId() == null ? "-" : title(conflict.copyId()), conflict.otherDevice(),
                        TextOutput.local(conflict.detectedAt())));
            }
            TextOutput.table(out(), rows, -1);
        }

        private String title(UUID id) {
            return drafts().exists(id) ? drafts().get(id).title() : id.toString();
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Settle a conflict: keep this device's text (the copy goes to the trash), theirs (it replaces this text, "
                    + "the copy goes to the trash), or both drafts.")
    static final class Resolve extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The conflict's id (from sync conflicts).")
        String id;

        @Option(names = "--keep", required = true, paramLabel = "mine|theirs|both")
        String keep;

        @Override
        void run() {
            SyncService.Keep choice;
            try {
                choice = SyncService.Keep.valueOf(keep.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("--keep takes mine, theirs or both.");
            }
            UUID conflict;
            try {
                conflict = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw usage("Not a conflict id: " + id);
            }
            asUsage(() -> {
                studio().sync().resolve(conflict, choice);
                return null;
            });
            out().println("Resolved; the next sync takes it to the other devices.");
        }
    }

    @Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "The devices of the sync account, with when each was last seen.")
    static final class Devices extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<Hub.Device> devices = studio().sync().devices();
            UUID self = studio().deviceId();
            if (json.enabled) {
                ArrayNode array = JsonOutput.object().arrayNode();
                for (Hub.Device device : devices) {
                    ObjectNode node = array.addObject();
                    node.put("id", device.id().toString());
                    node.put("name", device.name());
                    node.put("thisDevice", device.id().equals(self));
                    node.put("lastSeen", device.lastSeen().toString());
                    node.put("removed", device.removedAt() != null);
                }
                JsonOutput.print(out(), array);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "NAME", "LAST SEEN", ""));
            for (Hub.Device device : devices) {
                rows.add(List.of(device.id().toString(), device.name(), TextOutput.local(device.lastSeen()),
                        device.id().equals(self) ? "this device" : device.removedAt() != null ? "removed" : ""));
            }
            TextOutput.table(out(), rows, -1);
        }
    }

    @Command(name = "remove-device", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Remove another device from the sync account: it syncs no more until set up again. Its data stays on it.")
    static final class RemoveDevice extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The device's id (from sync devices).")
        String id;

        @Override
        void run() {
            UUID device;
            try {
                device = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw usage("Not a device id: " + id);
            }
            boolean removed = asUsage(() -> studio().sync().removeDevice(device));
            out().println(removed ? "Removed." : "No such device in the account, or removed already.");
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Stop syncing this data directory. Everything here stays; the password and key are forgotten on this device.")
    static final class Off extends StudioCommand {
        @Override
        void run() {
            studio().sync().off();
            out().println("Sync is off. Everything on this device stays as it is.");
        }
    }

    private static void print(StudioCommand command, boolean json, SyncService.Status status, SyncService.Report report) {
        if (json) {
            ObjectNode node = JsonOutput.object();
            node.put("setUp", status.setUp());
            node.put("address", status.address());
            node.put("user", status.user());
            node.put("device", status.device().toString());
            node.put("deviceName", status.deviceName());
            node.put("lastSyncAt", status.lastSyncAt() == null ? null : status.lastSyncAt().toString());
            node.put("lastError", status.lastError());
            node.put("openConflicts", status.openConflicts());
            if (report != null) {
                ObjectNode done = node.putObject("sync");
                done.put("received", report.pulled());
                done.put("sent", report.pushed());
                done.put("conflicts", report.conflicts());
                done.put("restored", report.restored());
            }
            JsonOutput.print(command.out(), node);
            return;
        }
        if (!status.setUp()) {
            command.out().println("Sync is not set up. Set it up with: scriptorium sync setup --url postgresql://HOST:PORT/DATABASE "
                    + "--user USER --password-env VAR --passphrase-env VAR");
            return;
        }
        if (report != null) {
            command.out().println("Synced with " + status.address() + ": " + report.pulled() + " received, " + report.pushed() + " sent"
                    + (report.conflicts() > 0 ? ", " + report.conflicts() + " conflict(s) kept as copies (scriptorium sync conflicts)" : "")
                    + (report.restored() > 0 ? ", " + report.restored() + " draft(s) brought back" : "") + ".");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Server", status.address()));
        rows.add(List.of("User", status.user()));
        rows.add(List.of("This device", status.deviceName() + " (" + status.device() + ")"));
        rows.add(List.of("Last sync", status.lastSyncAt() == null ? "never" : TextOutput.local(status.lastSyncAt())));
        rows.add(List.of("Last error", status.lastError() == null ? "none" : status.lastError()));
        rows.add(List.of("Open conflicts", Integer.toString(status.openConflicts())));
        TextOutput.table(command.out(), rows, -1);
    }
}
