package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.assistant.SeoMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code write seo DRAFT_ID}: title ideas, meta description, slug and keywords, kept with the draft. */
@Command(name = "seo", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write a draft's search metadata (title ideas, meta description, slug, keywords) and keep it with the draft.")
final class WriteSeoCommand extends StudioCommand {
    @Parameters(paramLabel = "DRAFT_ID", description = "The draft's id, or a unique prefix of it.")
    String draft;

    @Option(names = "--provider", paramLabel = "P", description = "A provider's name, or offline (default: the default for writing).")
    String provider;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        SeoMetadata seo = studio().writing().writing().seo(draftId(draft), provider, Progress.NONE);
        if (json.enabled) {
            var node = JsonOutput.object();
            var titles = node.putArray("titleIdeas");
            seo.titleIdeas().forEach(titles::add);
            node.put("metaDescription", seo.metaDescription());
            node.put("slug", seo.slug());
            var keywords = node.putArray("keywords");
            seo.keywords().forEach(keywords::add);
            JsonOutput.print(out(), node);
        } else {
            out().println("Title ideas:");
            seo.titleIdeas().forEach(t -> out().println("  - " + t));
            out().println("Meta description: " + seo.metaDescription());
            out().println("Slug: " + seo.slug());
            out().println("Keywords: " + String.join(", ", seo.keywords()));
        }
    }
}
