package org.scriptorium.app.research;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The Research area as a whole: the topic board, the open topic's page, the sources and the documents, one message
 * line for all of them, and the studio's scheduled polls and discovery, after which the lists are read again.
 */
public final class ResearchViewModel {
    private final org.scriptorium.app.common.AreaMessage message = new org.scriptorium.app.common.AreaMessage();
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final SourcesViewModel sources;
    private final TopicBoardViewModel board;
    private final TopicPageViewModel page;
    private final DocumentSearchViewModel documents;

    public ResearchViewModel(ResearchEngine research, TaskRunner tasks, Consumer<DraftDocument> openDraft, Consumer<TopicSummary> writeDraft) {
        this.research = research;
        this.tasks = tasks;
        sources = new SourcesViewModel(research, tasks, message);
        board = new TopicBoardViewModel(research, tasks, message);
        page = new TopicPageViewModel(research, tasks, message);
        documents = new DocumentSearchViewModel(research, tasks, message);
        // A topic refreshed in the list (new score, new status) is the same topic: the page stays as it is.
        board.selectedProperty().addListener((o, old, now) -> {
            if (now == null || old == null || !now.id().equals(old.id())) {
                page.open(now == null ? null : now.id());
            }
        });
        page.setOnChanged(board::refresh);
        page.setOnDraftStarted(openDraft);
        page.setOnWriteDraft(writeDraft);
        // After a poll that brought something, the board is refreshed from it, as a user expects to see topics.
        sources.setOnPolled(board::discover);
    }

    /** Reads the sources and the board (selecting {@code openTopic}, the one open last time) and follows the schedule. */
    public void start(UUID openTopic) {
        sources.load();
        board.selectWhenLoaded(openTopic);
        board.load();
        followTheSchedule();
    }

    /** Reads the sources, the board and the open topic again: the store changed outside the window. */
    public void reload() {
        sources.load();
        board.load();
        page.open(openTopicId());
    }

    /**
     * Due polls and the daily discovery run as the studio's recurring jobs; after one that brought something the
     * lists are read again. While the user's own poll or discovery runs, the scheduled ones skip their turn.
     */
    private void followTheSchedule() {
        AtomicBoolean userWork = new AtomicBoolean();
        Runnable track = () -> userWork.set(sources.polling().runningProperty().get() || board.discovery().runningProperty().get());
        sources.polling().runningProperty().addListener((o, was, is) -> track.run());
        board.discovery().runningProperty().addListener((o, was, is) -> track.run());
        research.schedule().skipWhile(userWork::get);
        research.schedule().addListener(run -> tasks.onUi(() -> {
            sources.load();
            board.load();
        }));
    }

    /** Runs {@code then} on the FX thread if there are no sources yet: the first thing a new user must add. */
    public void whenNoSources(Runnable then) {
        tasks.run(() -> research.sources().list().isEmpty(), none -> {
            if (none) {
                then.run();
            }
        }, failure -> { });
    }

    /** The topic open now, remembered for the next start. */
    public UUID openTopicId() {
        TopicSummary topic = board.selectedProperty().get();
        return topic == null ? null : topic.id();
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public TopicBoardViewModel board() {
        return board;
    }

    public TopicPageViewModel page() {
        return page;
    }

    public DocumentSearchViewModel documents() {
        return documents;
    }

    /** What the area said last; shown in the window's notices once {@link #setNotices} is called. */
    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return message.property();
    }

    /** Where what research says is shown: information fades, errors stay until dismissed. */
    public void setNotices(org.scriptorium.app.common.Notices notices) {
        message.showIn(notices);
    }
}
