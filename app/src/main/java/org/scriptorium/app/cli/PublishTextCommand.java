package org.scriptorium.app.cli;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.Published;
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
        Published published = studio().publishing().publishNow(target, post);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.object().put("account", target.id().toString()).put("postId", published.postId())
                    .put("url", published.url().toString()));
        } else {
            out().println("Published to " + target.network().label() + ": " + published.url());
        }
    }
}
