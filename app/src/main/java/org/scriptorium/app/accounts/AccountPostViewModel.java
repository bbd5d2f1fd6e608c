package org.scriptorium.app.accounts;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.Scheduling;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Trying a post on the selected account: checking it against the account's network (nothing is sent), and publishing
 * it now, which asks first, warns when the same text went to the account a few minutes ago, and goes through Posts
 * like every other post, so it is listed there with its publish log.
 */
public final class AccountPostViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Publishing publishing;
    private final Scheduling scheduling;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Confirmations confirmations;
    private final ReadOnlyObjectProperty<Account> account;
    private final Runnable postsChanged;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Path> images = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);

    /** {@code postsChanged}: Posts reads its list again after a post went out from here. */
    public AccountPostViewModel(Publishing publishing, Scheduling scheduling, TaskRunner tasks, Clock clock, Confirmations confirmations,
                                ReadOnlyObjectProperty<Account> account, Runnable postsChanged) {
        this.publishing = publishing;
        this.scheduling = scheduling;
        this.tasks = tasks;
        this.clock = clock;
        this.confirmations = confirmations;
        this.account = account;
        this.postsChanged = postsChanged;
    }

    /** Runs the text through the selected account's network rules; publishes nothing. */
    public void validate() {
        Account chosen = account.get();
        if (chosen == null) {
            verdict.set("Choose an account first.");
            return;
        }
        OutgoingPost post = post();
        tasks.run(() -> publishing.validate(chosen, post), problems -> verdict.set(problems.isEmpty()
                ? "Fine for " + chosen.network().label() + ": nothing would be refused."
                : describe(problems)), failure -> verdict.set(Messages.of(failure)));
    }

    private record Checked(List<Problem> problems, Optional<ScheduledPost> sameText) {
    }

    /**
     * Publishes the text (and images) to the selected account now. The network's checks come first, then one question
     * (with a warning when the same text went to this account minutes ago); declined, nothing is sent.
     */
    public void publishNow() {
        Account chosen = account.get();
        if (chosen == null) {
            verdict.set("Choose an account first.");
            return;
        }
        if (sending.get()) {
            return; // a second click while the first is on its way sends nothing
        }
        OutgoingPost post = post();
        sending.set(true);
        tasks.run(() -> new Checked(publishing.validate(chosen, post), scheduling.sameTextRecently(chosen.id(), post.text())), checked -> {
            if (!checked.problems().isEmpty()) {
                sending.set(false);
                verdict.set(describe(checked.problems()));
                return;
            }
            String where = chosen.network().label() + " · " + chosen.name();
            String again = checked.sameText().map(p -> "The same text went to this account at "
                    + TIME.format(p.scheduledAt().atZone(clock.getZone())) + "; this would post it twice. ").orElse("");
            boolean agreed = confirmations.confirm(new Confirmations.Question(checked.sameText().isPresent() ? "Post it again?" : "Publish now?",
                    again + "The post goes out to " + where + " now, for everyone who follows it.", "Publish now"));
            if (!agreed) {
                sending.set(false);
                verdict.set("Nothing was published.");
                return;
            }
            send(chosen, post);
        }, failure -> {
            sending.set(false);
            verdict.set(Messages.of(failure));
        });
    }

    private void send(Account chosen, OutgoingPost post) {
        verdict.set("Publishing to " + chosen.network().label() + "…");
        tasks.run(() -> scheduling.publishNow(chosen, post.text(), post.images()), sent -> {
            sending.set(false);
            postsChanged.run();
            if (sent.status() == PostStatus.PUBLISHED) {
                text.set("");
                images.clear();
                verdict.set("Published to " + chosen.network().label() + ": " + sent.url() + " (in Posts, with its log)");
            } else {
                verdict.set("Not published yet: " + (sent.failure() == null ? "it is being retried" : sent.failure())
                        + ". Posts shows it with its log.");
            }
        }, failure -> {
            sending.set(false);
            verdict.set(Messages.of(failure));
            postsChanged.run();
        });
    }

    private OutgoingPost post() {
        List<PostImage> attached = images.stream().map(p -> new PostImage(p, "")).toList();
        return new OutgoingPost(text.get(), attached, null, null);
    }

    private static String describe(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::message).toList());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Path> images() {
        return images;
    }

    /** "1 image attached" */
    public String imagesText() {
        return images.isEmpty() ? "" : images.size() == 1 ? "1 image attached" : images.size() + " images attached";
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}
