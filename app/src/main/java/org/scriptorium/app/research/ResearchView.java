package org.scriptorium.app.research;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.ResearchEngine;

import java.io.File;
import java.util.function.Consumer;

/** The Research area: the topic board beside a topic's page, and the sources, with one message line. */
public final class ResearchView extends BorderPane {
    private final StringProperty message = new SimpleStringProperty("");
    private final SourcesViewModel sources;
    private final TopicBoardViewModel board;
    private final TopicPageViewModel page;
    private final TaskRunner tasks;
    private final ResearchEngine research;
    private final TabPane tabs;

    public ResearchView(ResearchEngine research, TaskRunner tasks, Consumer<String> openExternally, Consumer<DraftDocument> openDraft,
                        Consumer<org.scriptorium.core.research.topics.TopicSummary> writeDraft, java.util.UUID openTopic) {
        this.tasks = tasks;
        this.research = research;
        Consumer<String> tell = message::set;
        sources = new SourcesViewModel(research, tasks, tell);
        board = new TopicBoardViewModel(research, tasks, tell);
        page = new TopicPageViewModel(research, tasks, tell);
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

        TopicBoardView boardView = new TopicBoardView(board);
        TopicPageView pageView = new TopicPageView(page, openExternally);
        SplitPane topics = new SplitPane(boardView, pageView);
        topics.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(boardView, false);
        Tab topicsTab = new Tab("Topics", topics);
        topicsTab.setId("topicsTab");
        Tab sourcesTab = new Tab("Sources", new SourcesView(sources, this::importOpml, this::exportOpml));
        sourcesTab.setId("sourcesTab");
        DocumentSearchViewModel documents = new DocumentSearchViewModel(research, tasks, tell);
        Tab documentsTab = new Tab("Documents", new DocumentSearchView(documents, openExternally));
        documentsTab.setId("documentsTab");
        // A poll may have brought documents since the last search.
        documentsTab.setOnSelectionChanged(e -> {
            if (documentsTab.isSelected()) {
                documents.search();
            }
        });
        tabs = new TabPane(topicsTab, sourcesTab, documentsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(new org.scriptorium.app.common.MessageBar("researchMessage", message, () -> message.set("")));
        setCenter(tabs);
        getStyleClass().add("research-view");

        sources.load();
        board.selectWhenLoaded(openTopic);
        board.load();
        followTheSchedule();
    }

    /** Shows the sources tab first when there are none yet: the first thing a new user must do. */
    public void showSourcesIfEmpty() {
        tasks.run(() -> research.sources().list().isEmpty(), none -> {
            if (none) {
                tabs.getSelectionModel().select(1);
            }
        }, failure -> { });
    }

    /**
     * Due polls and the daily discovery run as the studio's recurring jobs; after one that brought something the
     * lists are read again. While the user's own poll or discovery runs, the scheduled ones skip their turn.
     */
    private void followTheSchedule() {
        java.util.concurrent.atomic.AtomicBoolean userWork = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable track = () -> userWork.set(sources.polling().runningProperty().get() || board.discovery().runningProperty().get());
        sources.polling().runningProperty().addListener((o, was, is) -> track.run());
        board.discovery().runningProperty().addListener((o, was, is) -> track.run());
        research.schedule().skipWhile(userWork::get);
        research.schedule().addListener(run -> tasks.onUi(() -> {
            sources.load();
            board.load();
        }));
    }


    private void importOpml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import sources from OPML");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            sources.importOpml(file.toPath());
        }
    }

    private void exportOpml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export sources as OPML");
        chooser.setInitialFileName("scriptorium-sources.opml");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            sources.exportOpml(file.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public boolean showingSources() {
        return tabs.getSelectionModel().getSelectedIndex() == 1;
    }

    public void showSources() {
        tabs.getSelectionModel().select(1);
    }

    /** The topic open now, remembered for the next start. */
    public java.util.UUID openTopicId() {
        var topic = board.selectedProperty().get();
        return topic == null ? null : topic.id();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
