package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.core.writing.social.SocialPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code write social DRAFT_ID --platform P}: a post (or thread) for a platform, within its rules. */
@Command(name = "social", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write a social post from a draft (or a web page, or a text file) for linkedin, facebook, x, mastodon or bluesky: "
                + "within the platform's length rules, as a numbered thread where the platform has threads.")
final class WriteSocialCommand extends StudioCommand {
    @Parameters(paramLabel = "DRAFT_ID", arity = "0..1", description = "The draft's id or a unique prefix (or use --url or --text-file).")
    String draft;

    @Option(names = "--platform", required = true, paramLabel = "P", description = "linkedin, facebook, x, mastodon or bluesky.")
    String platform;

    @Option(names = "--link", paramLabel = "URL", description = "The link to the post, put at the end.")
    String link;

    @Option(names = "--text-file", paramLabel = "FILE", description = "Write from this text or Markdown file instead of a draft.")
    Path textFile;

    @Option(names = "--url", paramLabel = "URL", description = "Write from this web page's article instead of a draft.")
    String url;

    @Option(names = "--provider", paramLabel = "P", description = "A provider's name, or offline (default: the default for writing).")
    String provider;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        Platform chosen;
        try {
            chosen = Platform.valueOf(platform.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("The platform is linkedin, facebook, x, mastodon or bluesky; got " + platform + ".");
        }
        String title;
        String text;
        if (url != null) {
            String[] page = studio().writing().writing().readPage(url);
            title = page[0];
            text = page[1];
            if (link == null) {
                link = url;
            }
        } else if (textFile != null) {
            try {
                text = Files.readString(textFile);
            } catch (IOException e) {
                throw usage("Cannot read " + textFile + ": " + e.getMessage());
            }
            title = textFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        } else if (draft != null) {
            DraftDocument d = drafts().get(draftId(draft));
            title = d.title();
            text = d.body();
        } else {
            throw usage("Give a draft id, --url URL or --text-file FILE.");
        }
        if (text.isBlank()) {
            throw new ScriptoriumException("There is no text to write a post from.");
        }
        SocialPost post = studio().writing().writing().social(title, text, chosen, link, provider, Progress.NONE);
        PlatformRules rules = PlatformRules.of(chosen);
        if (json.enabled) {
            var node = JsonOutput.object();
            node.put("platform", chosen.name().toLowerCase(Locale.ROOT));
            node.put("limit", rules.limit());
            node.put("thread", post.isThread());
            var parts = node.putArray("parts");
            post.parts().forEach(p -> {
                var part = parts.addObject();
                part.put("text", p);
                part.put("length", rules.length(p));
            });
            var tags = node.putArray("hashtags");
            post.hashtags().forEach(tags::add);
            var issues = node.putArray("issues");
            post.issues().forEach(i -> issues.add(i.message()));
            JsonOutput.print(out(), node);
            return;
        }
        for (int i = 0; i < post.parts().size(); i++) {
            if (i > 0) {
                out().println();
            }
            String part = post.parts().get(i);
            out().println(part);
            out().println("  (" + rules.length(part) + " of " + rules.limit() + ")");
        }
        post.issues().forEach(issue -> out().println("Note: " + issue.message()));
    }
}
