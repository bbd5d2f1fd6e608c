package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.scheduling.HandOffFailed;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PublishAttempt;
import org.scriptorium.core.scheduling.ScheduledPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code scriptorium post}: social posts planned for an account, and their publish log. */
@Command(name = "post", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Plan, list, show, move, cancel and retry social posts. Due posts go out while the window runs, or with publish-due.",
        subcommands = {PostCommand.New.class, PostCommand.ListPosts.class, PostCommand.Show.class, PostCommand.Reschedule.class,
                PostCommand.Edit.class, PostCommand.Cancel.class, PostCommand.Retry.class, PostCommand.Import.class, PostHandOffCommand.class})
final class PostCommand {
    private PostCommand() {
    }

    static ObjectNode json(ScheduledPost p) {
        ObjectNode node = JsonOutput.object();
        node.put("id", p.id().toString());
        node.put("account", p.accountId().toString());
        node.put("draft", p.draftId() == null ? null : p.draftId().toString());
        node.put("text", p.text());
        node.put("firstComment", p.firstComment());
        node.put("status", p.status().name().toLowerCase(Locale.ROOT));
        node.put("scheduledAt", p.scheduledAt() == null ? null : p.scheduledAt().toString());
        node.put("zone", p.zone().getId());
        node.put("plannedLocal", p.plannedLocal() == null ? null : p.plannedLocal().toLocalDateTime().toString());
        node.put("url", p.url());
        node.put("platformPostId", p.platformPostId());
        node.put("onPlatform", p.status() == PostStatus.ON_PLATFORM);
        node.put("failure", p.failure());
        var media = node.putArray("media");
        p.media().forEach(m -> media.addObject().put("file", m.file().toString()).put("alt", m.altText()));
        return node;
    }

    static UUID postId(StudioCommand command, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        List<ScheduledPost> matches = command.studio().scheduling().posts().list(null, null, null).stream()
                .filter(p -> p.id().toString().startsWith(wanted)).toList();
        if (wanted.isEmpty() || matches.size() != 1) {
            throw new InvalidInput(matches.isEmpty() ? "No post " + typed + "; see `scriptorium post list`." : "More than one post starts with " + typed + ".");
        }
        return matches.getFirst().id();
    }

    /** The shortest start of the id that no other post shares (at least 8 characters). */
    static String shortId(StudioCommand command, UUID id) {
        ShortIds ids = new ShortIds(command.studio().scheduling().posts().list(null, null, null).stream().map(ScheduledPost::id).toList());
        return ShortIds.shorten(id, ids.lengthFor(List.of(id)));
    }

    static void print(StudioCommand command, boolean asJson, ScheduledPost post, String said) {
        if (asJson) {
            JsonOutput.print(command.out(), json(post));
        } else {
            command.out().println(said);
        }
    }

    /** The text of --text or --file, exactly one of them. */
    static String text(StudioCommand command, String text, Path file) {
        if ((text == null) == (file == null)) {
            throw command.usage("Give the post's text with --text or --file (one of them).");
        }
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw command.usage("The file " + file + " cannot be read.");
        }
    }

    /** The post's network as users know it ("Facebook"), or "its network" when the account was disconnected. */
    static String network(StudioCommand command, ScheduledPost p) {
        return command.studio().publishing().accounts().find(p.accountId()).map(a -> a.network().label()).orElse("its network");
    }

    /** "scheduled", or "on Facebook" for a post its network holds. */
    static String status(StudioCommand command, ScheduledPost p) {
        return p.status() == PostStatus.ON_PLATFORM ? "on " + network(command, p) : p.status().name().toLowerCase(Locale.ROOT);
    }

    static String when(ScheduledPost p) {
        return p.plannedLocal() == null ? "unscheduled" : p.plannedLocal().toLocalDateTime().toString().replace('T', ' ') + " " + p.zone();
    }

    @Command(name = "new", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Plan a post for an account: at a time in a zone (default: this computer's), or as a draft without --at. "
                    + "Repeat --account to plan the same text for several accounts, each checked against its own network first.")
    static final class New extends StudioCommand {
        @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id or its start (repeat for several).")
        List<String> accounts = new ArrayList<>();

        @Option(names = "--draft", paramLabel = "ID", description = "The draft the post belongs to.")
        String draft;

        @Option(names = "--text", paramLabel = "T", description = "The post's text.")
        String text;

        @Option(names = "--file", paramLabel = "F", description = "Read the post's text from a file.")
        Path file;

        @Option(names = "--media", paramLabel = "FILE", description = "An image (repeat for several).")
        List<Path> media = new ArrayList<>();

        @Option(names = "--alt", paramLabel = "TEXT", description = "Alt text for the images, in order (repeat).")
        List<String> alts = new ArrayList<>();

        @Option(names = "--at", paramLabel = "TIME", description = "When, on the wall clock: 2026-12-01T09:00.")
        String at;

        @Option(names = "--zone", paramLabel = "ZONE", description = "The zone --at is in, e.g. Europe/Berlin.")
        String zone;

        @Option(names = "--first-comment", paramLabel = "T", description = "A comment posted under it at once (Facebook).")
        String firstComment;

        @Option(names = "--queue", description = "Put it in the account's next free posting slot (see queue slots).")
        boolean queue;

        @Option(names = "--on-platform", description = "Hand it to the network (Facebook Pages, Mastodon), which publishes it at its time "
                + "even with this computer off.")
        boolean onPlatform;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            if (queue && at != null) {
                throw usage("Give either --at or --queue, not both.");
            }
            String body = text(this, text, file);
            List<Account> targets = accounts.stream().map(id -> asUsage(() -> studio().publishing().accounts().get(id))).distinct().toList();
            UUID draftId = draft == null ? null : draftId(draft);
            List<PostImage> images = new ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                images.add(new PostImage(media.get(i).toAbsolutePath(), i < alts.size() ? alts.get(i) : ""));
            }
            if (targets.size() > 1) {
                planForSeveral(targets, draftId, body, images);
                return;
            }
            Account target = targets.getFirst();
            PlannedTime when = queue ? asUsage(() -> studio().scheduling().nextQueueSlot(target))
                    : at == null ? null : asUsage(() -> PlannedTime.parse(at, zone, studio().clock().getZone()));
            if (onPlatform && when == null) {
                throw usage("A post handed to its network needs a time: give --at or --queue with --on-platform.");
            }
            String finalBody = body;
            String where = target.network().label() + " (" + target.name() + ")";
            ScheduledPost post;
            try {
                post = asUsage(() -> onPlatform ? studio().scheduling().planOnPlatform(target, draftId, finalBody, images, firstComment, when)
                        : studio().scheduling().plan(target, draftId, finalBody, images, firstComment, when));
            } catch (HandOffFailed notHeld) {
                // Planned all the same: say which post it is before the reason the network did not take it.
                ScheduledPost planned = studio().scheduling().posts().get(notHeld.postId());
                print(this, json.enabled, planned, "Planned " + shortId(this, planned.id()) + " for " + where + " at " + when(planned) + ".");
                throw notHeld;
            }
            if (when != null && when.note() != null) {
                spec.commandLine().getErr().println(when.note());
            }
            print(this, json.enabled, post, onPlatform ? "Handed " + shortId(this, post.id()) + " to " + where + " for " + when(post)
                    + "; it goes out there with or without Scriptorium running."
                    : (when == null ? "Saved a draft post " : "Planned ") + shortId(this, post.id()) + " for " + where
                    + (when == null ? "." : " at " + when(post) + "."));
        }

        /** One text for several accounts: every network checks it first, then all are planned in one go, or none. */
        private void planForSeveral(List<Account> targets, UUID draftId, String body, List<PostImage> images) {
            if (onPlatform || (!queue && at == null)) {
                throw usage("Several accounts take --at or --queue, and no --on-platform: plan them one by one for that.");
            }
            PlannedTime moment = queue ? null : asUsage(() -> PlannedTime.parse(at, zone, studio().clock().getZone()));
            List<ScheduledPost> planned = asUsage(() -> studio().scheduling().planEach(targets, draftId, body, images, firstComment,
                    account -> queue ? studio().scheduling().nextQueueSlot(account) : moment));
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(planned, PostCommand::json));
                return;
            }
            for (ScheduledPost post : planned) {
                Account to = targets.stream().filter(a -> a.id().equals(post.accountId())).findFirst().orElseThrow();
                out().println("Planned " + shortId(this, post.id()) + " for " + to.network().label() + " (" + to.name() + ") at " + when(post) + ".");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "List posts by planned time.")
    static final class ListPosts extends StudioCommand {
        @Option(names = "--from", paramLabel = "DATE", description = "From this day (yyyy-mm-dd, this computer's zone).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day.")
        LocalDate to;

        @Option(names = "--status", paramLabel = "S",
                description = "draft, scheduled, on_platform (held by its network), publishing, published, failed, missed or cancelled.")
        String status;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            PostStatus wanted = null;
            if (status != null) {
                try {
                    wanted = PostStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw usage("Unknown status " + status + ": use draft, scheduled, on_platform, publishing, published, failed, missed or cancelled.");
                }
            }
            ZoneId here = studio().clock().getZone();
            List<ScheduledPost> posts = studio().scheduling().posts().list(from == null ? null : from.atStartOfDay(here).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(here).toInstant(), wanted);
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(posts, PostCommand::json));
                return;
            }
            if (posts.isEmpty()) {
                out().println("No posts. Plan one with: scriptorium post new --account ID --text \"…\" --at 2026-12-01T09:00");
                return;
            }
            ShortIds ids = new ShortIds(studio().scheduling().posts().list(null, null, null).stream().map(ScheduledPost::id).toList());
            int length = ids.lengthFor(posts.stream().map(ScheduledPost::id).toList());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "WHEN", "STATUS", "TEXT"));
            posts.forEach(p -> rows.add(List.of(ShortIds.shorten(p.id(), length), when(p), status(this, p),
                    TextOutput.clip(p.text().replaceAll("\\s+", " "), 50))));
            TextOutput.table(out(), rows, -1);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Show a post and its publish log.")
    static final class Show extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            UUID postId = asUsage(() -> postId(this, id));
            ScheduledPost post = studio().scheduling().posts().get(postId);
            List<PublishAttempt> log = studio().scheduling().posts().attempts(postId);
            if (json.enabled) {
                ObjectNode node = json(post);
                node.put("network", studio().publishing().accounts().find(post.accountId()).map(a -> a.network().cliName()).orElse(null));
                var attempts = node.putArray("attempts");
                log.forEach(a -> attempts.addObject().put("startedAt", a.startedAt().toString())
                        .put("finishedAt", a.finishedAt() == null ? null : a.finishedAt().toString())
                        .put("outcome", a.outcome() == null ? null : a.outcome().name().toLowerCase(Locale.ROOT))
                        .put("error", a.error()).put("responseId", a.responseId()));
                JsonOutput.print(out(), node);
                return;
            }
            out().println(status(this, post) + " · " + when(post) + (post.url() == null ? "" : " · " + post.url())
                    + (post.status() == PostStatus.ON_PLATFORM ? " · held there as " + post.platformPostId() : ""));
            if (post.failure() != null) {
                out().println("Why: " + post.failure());
            }
            out().println();
            out().println(post.text());
            if (!log.isEmpty()) {
                out().println();
                log.forEach(a -> out().println(a.startedAt() + "  " + (a.outcome() == null ? "in progress" : a.outcome().name().toLowerCase(Locale.ROOT))
                        + (a.error() == null ? "" : "  " + a.error())));
            }
        }
    }

    @Command(name = "reschedule", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Move a post to another time (one its network holds is moved there first).")
    static final class Reschedule extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--at", required = true, paramLabel = "TIME", description = "2026-12-01T09:00, on the wall clock of --zone (default: the post's).")
        String at;

        @Option(names = "--zone", paramLabel = "ZONE")
        String zone;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            UUID postId = asUsage(() -> postId(this, id));
            ZoneId planned = studio().scheduling().posts().get(postId).zone();
            PlannedTime when = asUsage(() -> PlannedTime.parse(at, zone, planned));
            ScheduledPost post = asUsage(() -> studio().scheduling().reschedule(postId, when.instant(), when.zone()));
            if (when.note() != null) {
                spec.commandLine().getErr().println(when.note());
            }
            print(this, json.enabled, post, "Moved to " + when(post) + (post.status() == PostStatus.ON_PLATFORM ? ", on " + network(this, post) + " too." : "."));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Give a post that has not gone out a new text; it is checked against its network again.")
    static final class Edit extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--text", paramLabel = "T", description = "The new text.")
        String text;

        @Option(names = "--file", paramLabel = "F", description = "Read the new text from a file.")
        Path file;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            String body = text(this, text, file);
            UUID postId = asUsage(() -> postId(this, id));
            ScheduledPost before = studio().scheduling().posts().get(postId);
            ScheduledPost post = asUsage(() -> studio().scheduling().edit(postId, body, before.media(), before.firstComment()));
            print(this, json.enabled, post, "Saved; " + (post.scheduledAt() == null ? "not scheduled." : "still planned for " + when(post) + "."));
        }
    }

    /** A command that changes one post and reports it: cancel, retry, handoff. */
    abstract static class OnePost extends StudioCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Mixin
        JsonOption json;

        abstract ScheduledPost change(UUID postId);

        /** What to say of the post as it now is. */
        abstract String said(ScheduledPost changed);

        @Override
        void run() {
            UUID postId = asUsage(() -> postId(this, id));
            ScheduledPost changed = asUsage(() -> change(postId));
            print(this, json.enabled, changed, said(changed));
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Cancel a post that has not gone out (one its network holds is deleted there first).")
    static final class Cancel extends OnePost {
        @Override
        ScheduledPost change(UUID postId) {
            return studio().scheduling().cancel(postId);
        }

        @Override
        String said(ScheduledPost changed) {
            return "Cancelled.";
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Send a failed, missed or cancelled post at the next publishing round (now, with publish-due).")
    static final class Retry extends OnePost {
        @Override
        ScheduledPost change(UUID postId) {
            return studio().scheduling().posts().retry(postId);
        }

        @Override
        String said(ScheduledPost changed) {
            return "It will go out at the next publishing round.";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Plan the posts of a CSV or JSON file (columns account, at, zone, text). Every row is checked first; "
                    + "one bad row imports nothing and every bad row is named.")
    static final class Import extends StudioCommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            String content;
            try {
                content = Files.readString(file);
            } catch (IOException e) {
                throw usage("The file " + file + " cannot be read.");
            }
            List<ScheduledPost> planned = asUsage(() -> studio().scheduling().importPosts(content, file.getFileName().toString()));
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(planned, PostCommand::json));
            } else {
                out().println("Planned " + planned.size() + (planned.size() == 1 ? " post." : " posts."));
            }
        }
    }
}
