package org.scriptorium.app.writing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.images.DraftImage;
import org.scriptorium.core.images.DraftImages;
import org.scriptorium.core.images.ImageSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/** A draft's images: the library, a title card, a generated image, and saving one as a file. */
public final class ImagesViewModel {
    /** The sizes a creator needs, by name. */
    public record NamedSize(String name, ImageSize size) {
        @Override
        public String toString() {
            return name + " (" + size + ")";
        }
    }

    public static final List<NamedSize> SIZES = List.of(new NamedSize("Blog hero", ImageSize.BLOG_HERO),
            new NamedSize("LinkedIn", ImageSize.LINKEDIN), new NamedSize("Facebook / Open Graph", ImageSize.OPEN_GRAPH),
            new NamedSize("Square", ImageSize.SQUARE));

    private final TaskRunner tasks;
    private final DraftImages images;
    private final UUID draftId;
    private final BackgroundJob job;
    private final ObservableList<DraftImage> library = FXCollections.observableArrayList();
    private final ObjectProperty<NamedSize> size = new SimpleObjectProperty<>(SIZES.getFirst());
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty alt = new SimpleStringProperty("");
    private final ObjectProperty<DraftImage> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ImagesViewModel(TaskRunner tasks, DraftImages images, UUID draftId) {
        this.tasks = tasks;
        this.images = images;
        this.draftId = draftId;
        this.job = new BackgroundJob(tasks);
        job.messageProperty().addListener((o, a, b) -> status.set(b));
    }

    /** The chosen image's Markdown, for the open draft's text at the caret. */
    public void insertSelected(java.util.function.Consumer<String> atCaret) {
        DraftImage image = selected.get();
        if (image == null) {
            status.set("Choose an image first.");
            return;
        }
        tasks.run(() -> images.markdownFor(image), markdown -> {
            atCaret.accept(markdown);
            status.set("Put in the draft at the cursor.");
        }, failure -> status.set(org.scriptorium.app.common.Messages.of(failure)));
    }

    public void load() {
        tasks.run(() -> images.of(draftId), list -> {
            library.setAll(list);
            if (!list.isEmpty() && selected.get() == null) {
                selected.set(list.getLast());
            }
        }, failure -> status.set(Messages.of(failure)));
    }

    public void makeCover() {
        ImageSize wanted = size.get().size();
        job.start("Drawing the title card…", progress -> images.cover(draftId, wanted), this::made, failure -> status.set(Messages.of(failure)));
    }

    public void generate() {
        ImageSize wanted = size.get().size();
        String text = prompt.get();
        String altText = alt.get();
        job.start("Generating the image…", progress -> images.generate(text, null, wanted, draftId, DraftImage.Role.SUPPORTING, altText, progress),
                this::made, failure -> status.set(Messages.of(failure)));
    }

    public void cancel() {
        job.cancel();
    }

    public Path pathOf(DraftImage image) {
        return images.library().path(image.contentHash());
    }

    public void saveAs(DraftImage image, Path target) {
        tasks.run(() -> {
            Files.copy(pathOf(image), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, saved -> status.set("Saved " + saved.getFileName() + "."), failure -> status.set("Could not save: " + failure.getMessage()));
    }

    private void made(DraftImages.Made made) {
        status.set("Made " + made.image().width() + "x" + made.image().height()
                + (made.usage() == null ? " offline." : ", cost " + org.scriptorium.app.common.Formats.current().money(made.usage().costUsd()) + "."));
        made.entry().ifPresent(entry -> {
            library.add(entry);
            selected.set(entry);
        });
    }

    public ObservableList<DraftImage> library() {
        return library;
    }

    public ObjectProperty<NamedSize> sizeProperty() {
        return size;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty altProperty() {
        return alt;
    }

    public ObjectProperty<DraftImage> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }
}
