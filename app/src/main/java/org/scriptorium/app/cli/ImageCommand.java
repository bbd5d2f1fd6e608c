package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.images.DraftImage;
import org.scriptorium.core.images.DraftImages;
import org.scriptorium.core.images.ImageSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** {@code scriptorium image}: generated images and offline title cards, kept in a draft's library. */
@Command(name = "image", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Generate images (or offline title cards) at platform sizes: 1200x627 LinkedIn, 1200x630 Facebook/Open Graph, "
                + "1080x1080 square, 1600x900 blog hero.",
        subcommands = {ImageCommand.Generate.class, ImageCommand.Cover.class, ImageCommand.Import.class})
final class ImageCommand {

    static void print(StudioCommand command, DraftImages.Made made, Path out, boolean json) {
        try {
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".image-", ".tmp");
            Files.copy(made.image().path(), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ScriptoriumException("Could not write " + out + ": " + e.getMessage(), e);
        }
        if (json) {
            var node = JsonOutput.object();
            node.put("file", out.toString());
            node.put("hash", made.image().hash());
            node.put("width", made.image().width());
            node.put("height", made.image().height());
            node.put("bytes", made.image().bytes());
            node.put("costUsd", made.usage() == null ? java.math.BigDecimal.ZERO : made.usage().costUsd());
            made.entry().ifPresent(e -> {
                node.put("draftId", e.draftId().toString());
                node.put("role", e.role().name().toLowerCase(java.util.Locale.ROOT));
                node.put("altText", e.altText());
            });
            JsonOutput.print(command.out(), node);
        } else {
            command.out().println("Wrote " + made.image().width() + "x" + made.image().height() + " to " + out
                    + made.entry().map(e -> " (kept with the draft as its " + e.role().name().toLowerCase(java.util.Locale.ROOT) + " image)").orElse("")
                    + (made.usage() == null ? "" : ", cost $" + made.usage().costUsd().stripTrailingZeros().toPlainString()) + ".");
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Generate an image from a prompt with an image provider (or offline as a title card), cropped to the size.")
    static final class Generate extends StudioCommand {
        @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "What the image shows.")
        String prompt;

        @Option(names = "--provider", paramLabel = "P", description = "offline or a configured image provider (default: the default for images, else offline).")
        String provider;

        @Option(names = "--size", required = true, paramLabel = "WxH", description = "e.g. 1200x630.")
        String size;

        @Option(names = "--draft", paramLabel = "ID", description = "Keep it in this draft's image library.")
        String draft;

        @Option(names = "--hero", description = "As the draft's hero image (default: a supporting image).")
        boolean hero;

        @Option(names = "--alt", paramLabel = "TEXT", description = "Alt text (default: the prompt).")
        String alt;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the PNG.")
        Path out;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            ImageSize wanted = asUsage(() -> ImageSize.parse(size));
            UUID draftId = draft == null ? null : draftId(draft);
            DraftImages.Made made = asUsage(() -> studio().images().generate(prompt, provider, wanted, draftId,
                    hero ? DraftImage.Role.HERO : DraftImage.Role.SUPPORTING, alt, Progress.NONE));
            print(this, made, out, json.enabled);
        }
    }

    @Command(name = "cover", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Render the draft's title card offline (title, first sentence, brand colours) and keep it as its hero image.")
    static final class Cover extends StudioCommand {
        @Parameters(paramLabel = "DRAFT_ID", description = "The draft's id, or a unique prefix of it.")
        String draft;

        @Option(names = "--size", required = true, paramLabel = "WxH", description = "e.g. 1600x900.")
        String size;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the PNG.")
        Path out;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            ImageSize wanted = asUsage(() -> ImageSize.parse(size));
            print(this, studio().images().cover(draftId(draft), wanted), out, json.enabled);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Keep an image file for a draft (checked as an image first) and print the Markdown that shows it in the draft.")
    static final class Import extends StudioCommand {
        @Parameters(index = "0", paramLabel = "DRAFT_ID", description = "The draft's id, or a unique prefix of it.")
        String draft;

        @Parameters(index = "1", paramLabel = "FILE", description = "A PNG, JPEG, GIF, WebP or BMP file.")
        Path file;

        @Option(names = "--alt", paramLabel = "TEXT", description = "What the image shows (default: from the file's name).")
        String alt;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            var imported = asUsage(() -> studio().images().importFile(draftId(draft), file, alt));
            if (json.enabled) {
                var node = JsonOutput.object();
                node.put("id", imported.image().id().toString());
                node.put("hash", imported.image().contentHash());
                node.put("altText", imported.image().altText());
                node.put("markdown", imported.markdown());
                JsonOutput.print(out(), node);
            } else {
                out().println(imported.markdown());
            }
        }
    }
}
