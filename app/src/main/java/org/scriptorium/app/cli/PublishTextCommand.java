package org.scriptorium.app.cli;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code scriptorium publish-text}: checks a post against its network's rules and publishes it now, unless --dry-run. */
@Command(name = "publish-text", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Validate a post for an account (every problem at once) and publish it now, unless --dry-run.")
final class PublishTextCommand extends StudioCommand {
    @Option(names = "--account", required = true, paramLabel = "ID", description = "The account's id or its start (see account list).")
    String account;

    @Option(names = "--text", required = true, paramLabel = "T", description = "The post's text.")
    String text;

    @Option(names = "--image", paramLabel = "FILE", description = "An image to attach (repeat for several).")
    List<Path> images = new ArrayList<>();

    @Option(names = "--alt", paramLabel = "TEXT", description = "Alt text for the images, in the same order (repeat).")
    List<String> alts = new ArrayList<>();

    @Option(names = "--dry-run", description = "Only validate; publish nothing.")
    boolean dryRun;

    @Option(names = "--again", description = "Send it even though the same text went to this account in the last few minutes.")
    boolean again;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        Account target = asUsage(() -> studio().publishing().accounts().get(account));
        List<PostImage> attached = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            attached.add(new PostImage(images.get(i), i < alts.size() ? alts.get(i) : ""));
        }
        OutgoingPost post = new OutgoingPost(text, attached, null, null);
        List<Problem> problems = studio().publishing().validate(target, post);
        if (!problems.isEmpty()) {
            // Like every failure, one line on stderr and nothing on stdout: every problem at once.
            throw new ScriptoriumException(target.network().label() + " would refuse the post: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
        if (dryRun) {
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.object().put("account", target.id().toString()).put("valid", true));
            } else {
                out().println("Valid for " + target.network().label() + " (" + target.name() + "); nothing was published.");
            }
            return;
        }
        var scheduling = studio().scheduling();
        if (!again) {
            scheduling.sameTextRecently(target.id(), text).ifPresent(earlier -> {
                throw new ScriptoriumException("The same text went to this account at " + TextOutput.local(earlier.scheduledAt())
                        + " (post " + earlier.id() + "); nothing was sent. Add --again to post it once more.");
            });
        }
        // Through Posts, like every post: it is listed there with its publish log, whatever happens to it.
        ScheduledPost sent = scheduling.publishNow(target, text, attached);
        if (sent.status() != PostStatus.PUBLISHED) {
            throw new ScriptoriumException("Not published yet: " + (sent.failure() == null ? "it will be tried again" : sent.failure())
                    + " (post " + sent.id() + "; see post show).");
        }
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.object().put("account", target.id().toString()).put("id", sent.id().toString())
                    .put("postId", sent.platformPostId()).put("url", sent.url()));
        } else {
            out().println("Published to " + target.network().label() + ": " + sent.url());
        }
    }
}
