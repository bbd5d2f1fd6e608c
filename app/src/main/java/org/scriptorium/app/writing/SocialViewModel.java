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
import org.scriptorium.core.writing.WritingService;
import org.scriptorium.core.writing.social.Issue;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.core.writing.social.PostPreview;
import org.scriptorium.core.writing.social.SocialComposer;

import java.util.List;

/** Social posts for the open draft: one platform at a time, each part counted the way the platform counts. */
public final class SocialViewModel {
    private final WritingService writing;
    private final String title;
    private final String markdown;
    private final BackgroundJob job;
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.LINKEDIN);
    private final StringProperty link = new SimpleStringProperty("");
    private final ObservableList<String> parts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SocialComposer checker = new SocialComposer();
    private final ObjectProperty<From> from = new SimpleObjectProperty<>(From.DRAFT);
    private final StringProperty pageUrl = new SimpleStringProperty("");
    private final StringProperty pasted = new SimpleStringProperty("");
    /** Each platform's parts as last written or edited: switching platforms and back loses nothing. */
    private final java.util.Map<Platform, List<String>> written = new java.util.EnumMap<>(Platform.class);

    /** What the post is written from. */
    public enum From { DRAFT, WEB_PAGE, PASTED_TEXT }

    public SocialViewModel(TaskRunner tasks, WritingService writing, String title, String markdown) {
        this.writing = writing;
        this.title = title;
        this.markdown = markdown;
        this.job = new BackgroundJob(tasks);
        job.messageProperty().addListener((o, a, b) -> status.set(b));
        platform.addListener((o, was, now) -> {
            List<String> kept = written.getOrDefault(now, List.of());
            parts.setAll(kept);
            status.set(kept.isEmpty() ? "Write the " + label(now) + " post." : "The " + label(now) + " post as you left it.");
        });
    }

    /** The shown platform's post as it reads now (with the user's edits), when it is one post; else null. */
    public String onePost() {
        List<String> kept = written.get(platform.get());
        return kept == null || kept.size() != 1 ? null : kept.getFirst();
    }

    /** The user changed part {@code index} of the shown platform's post; kept for when they come back to it. */
    public void edited(int index, String text) {
        List<String> kept = written.get(platform.get());
        if (kept != null && index < kept.size()) {
            kept.set(index, text);
        }
    }

    public void generate() {
        Platform chosen = platform.get();
        String url = link.get() == null || link.get().isBlank() ? null : link.get().strip();
        From source = from.get();
        String page = pageUrl.get() == null ? "" : pageUrl.get().strip();
        String text = pasted.get() == null ? "" : pasted.get();
        if (source == From.WEB_PAGE && page.isEmpty() || source == From.PASTED_TEXT && text.isBlank()) {
            status.set(source == From.WEB_PAGE ? "Paste the address of the page to write from." : "Paste the text to write from.");
            return;
        }
        job.start("Writing the " + label(chosen) + " post…", progress -> switch (source) {
            case DRAFT -> writing.social(title, markdown, chosen, url, null, progress);
            case WEB_PAGE -> {
                String[] read = writing.readPage(page);
                yield writing.social(read[0], read[1], chosen, url != null ? url : page, null, progress);
            }
            case PASTED_TEXT -> writing.social(text.lines().findFirst().orElse("").strip(), text, chosen, url, null, progress);
        }, post -> {
            written.put(chosen, new java.util.ArrayList<>(post.parts()));
            if (chosen == platform.get()) {
                parts.setAll(post.parts());
            }
            status.set(post.isThread() ? "A thread of " + post.parts().size() + " posts." : "One post.");
        }, failure -> status.set(Messages.of(failure)));
    }

    /** "212 / 280" as the platform counts it. */
    public String count(String text) {
        PlatformRules rules = PlatformRules.of(platform.get());
        return rules.length(text) + " / " + rules.limit();
    }

    public boolean fits(String text) {
        return PlatformRules.of(platform.get()).fits(text);
    }

    /** The post as the platform's feed would show it, with anything past the limit marked. */
    public PostPreview preview(String text) {
        return PostPreview.of(platform.get(), text);
    }

    /** What a link card under the post would be titled: the draft's title. */
    public String linkTitle() {
        return title;
    }

    public List<String> issues(String text) {
        return checker.check(platform.get(), text).stream().map(Issue::message).toList();
    }

    public static String label(Platform p) {
        return switch (p) {
            case LINKEDIN -> "LinkedIn";
            case FACEBOOK -> "Facebook";
            case X -> "X";
            case MASTODON -> "Mastodon";
            case BLUESKY -> "Bluesky";
        };
    }

    public ObjectProperty<From> fromProperty() {
        return from;
    }

    public StringProperty pageUrlProperty() {
        return pageUrl;
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public ObservableList<String> parts() {
        return parts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }
}
