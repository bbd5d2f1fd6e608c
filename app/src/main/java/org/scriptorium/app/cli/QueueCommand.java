package org.scriptorium.app.cli;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.PostingSlots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** {@code scriptorium queue}: an account's posting slots, which `post new --queue` fills in order. */
@Command(name = "queue", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "An account's posting slots and the posts waiting in its queue.",
        subcommands = {QueueCommand.Slots.class, QueueCommand.ListQueue.class, QueueCommand.Move.class})
final class QueueCommand {
    private QueueCommand() {
    }

    @Command(name = "slots", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Show an account's posting slots and the next free one, or set them: --set \"Mon-Fri 09:00,17:00; Sat 10:30\".")
    static final class Slots extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's id or its start.")
        String account;

        @Option(names = "--set", paramLabel = "SLOTS", description = "Days and times, e.g. \"Mon-Fri 09:00,17:00; Sat 10:30\".")
        String spec;

        @Option(names = "--zone", paramLabel = "ZONE", description = "The zone the slots are in (default: this computer's).")
        String zone;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            Account target = asUsage(() -> studio().publishing().accounts().get(account));
            var scheduling = studio().scheduling();
            Optional<PostingSlots> slots;
            if (spec != null) {
                ZoneId in;
                try {
                    in = zone == null ? studio().clock().getZone() : ZoneId.of(zone.strip());
                } catch (DateTimeException e) {
                    throw usage("Unknown time zone \"" + zone + "\"; use a name like Europe/Berlin.");
                }
                slots = Optional.of(asUsage(() -> scheduling.setSlots(target.id(), spec, in)));
            } else {
                slots = scheduling.slots(target.id());
            }
            Optional<PlannedTime> next = slots.map(s -> scheduling.nextQueueSlot(target));
            if (json.enabled) {
                var node = JsonOutput.object().put("account", target.id().toString())
                        .put("slots", slots.map(PostingSlots::spec).orElse(null)).put("zone", slots.map(s -> s.zone().getId()).orElse(null))
                        .put("nextFree", next.map(p -> p.instant().toString()).orElse(null));
                JsonOutput.print(out(), node);
            } else if (slots.isEmpty()) {
                out().println("No posting slots. Set them with: scriptorium queue slots " + account + " --set \"Mon-Fri 09:00,17:00\" --zone Europe/Berlin");
            } else {
                out().println(slots.get().spec() + " (" + slots.get().zone() + ")");
                next.ifPresent(n -> out().println("Next free: " + n.instant().atZone(n.zone()).toLocalDateTime().toString().replace('T', ' ')));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "The account's posts waiting to go out, next first.")
    static final class ListQueue extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's id or its start.")
        String account;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            Account target = asUsage(() -> studio().publishing().accounts().get(account));
            print(this, json.enabled, studio().scheduling().queue().of(target.id()));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Move a post to another place in its account's queue; the posts keep the queue's times in their new order.")
    static final class Move extends StudioCommand {
        @Parameters(index = "0", paramLabel = "POST", description = "The post's id or its start.")
        String post;

        @Option(names = "--to", required = true, paramLabel = "N", description = "Its new place: 1 is next.")
        int position;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            java.util.UUID postId = asUsage(() -> PostCommand.postId(this, post));
            print(this, json.enabled, asUsage(() -> studio().scheduling().queue().move(postId, position)));
        }
    }

    private static void print(StudioCommand command, boolean asJson, java.util.List<org.scriptorium.core.scheduling.ScheduledPost> queue) {
        if (asJson) {
            JsonOutput.print(command.out(), JsonOutput.array(queue, PostCommand::json));
        } else if (queue.isEmpty()) {
            command.out().println("Nothing waiting in this account's queue.");
        } else {
            ShortIds ids = new ShortIds(command.studio().scheduling().posts().list(null, null, null).stream()
                    .map(org.scriptorium.core.scheduling.ScheduledPost::id).toList());
            int length = ids.lengthFor(queue.stream().map(org.scriptorium.core.scheduling.ScheduledPost::id).toList());
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            rows.add(java.util.List.of("#", "ID", "WHEN", "TEXT"));
            for (int i = 0; i < queue.size(); i++) {
                var p = queue.get(i);
                rows.add(java.util.List.of(Integer.toString(i + 1), ShortIds.shorten(p.id(), length), PostCommand.when(p),
                        TextOutput.clip(p.text().replaceAll("\\s+", " "), 50)));
            }
            TextOutput.table(command.out(), rows, -1);
        }
    }
}
