package org.scriptorium.app.drafts;

import org.scriptorium.app.common.AreaMessage;
import org.scriptorium.app.common.TaskRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Image files dropped on the editor: each kept in the draft's image library (checked as an image first) and its
 * Markdown put where it was dropped, so the preview shows it at once. A file that is not an image is refused with
 * the reason, and the text is left as it was.
 */
public final class ImageInsertion {
    private static final List<String> IMAGE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp");

    private final TaskRunner tasks;
    private final BiFunction<UUID, Path, String> keep;
    private final Supplier<UUID> openDraft;
    private final AreaMessage said;

    /** {@code keep}: stores a file for a draft and gives the Markdown that shows it. */
    public ImageInsertion(TaskRunner tasks, BiFunction<UUID, Path, String> keep, Supplier<UUID> openDraft, AreaMessage said) {
        this.tasks = tasks;
        this.keep = keep;
        this.openDraft = openDraft;
        this.said = said;
    }

    /** Whether a dragged file looks like an image, so the editor accepts the drop (the bytes are checked on keeping). */
    public static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** Keeps the files off the FX thread, then hands the Markdown of those kept to {@code atCaret}, one per paragraph. */
    public void insert(List<Path> files, Consumer<String> atCaret) {
        UUID draft = openDraft.get();
        if (draft == null) {
            said.info("Open a draft first; the images go into it.");
            return;
        }
        tasks.run(() -> {
            List<String> kept = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path file : files) {
                try {
                    kept.add(keep.apply(draft, file));
                } catch (RuntimeException notAnImage) {
                    refused.add(file.getFileName() + ": " + org.scriptorium.app.common.Messages.of(notAnImage));
                }
            }
            return new Outcome(kept, refused);
        }, outcome -> {
            if (!outcome.kept().isEmpty()) {
                atCaret.accept(String.join("\n\n", outcome.kept()));
                said.info(outcome.kept().size() == 1 ? "Added the image; its alt text is the start of its Markdown, worth a better word."
                        : "Added " + outcome.kept().size() + " images.");
            }
            if (!outcome.refused().isEmpty()) {
                said.error("Not added: " + String.join(" ", outcome.refused()));
            }
        }, said::failure);
    }

    private record Outcome(List<String> kept, List<String> refused) {
    }
}
