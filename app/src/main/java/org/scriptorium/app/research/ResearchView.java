package org.scriptorium.app.research;

import javafx.beans.property.StringProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.UUID;
import java.util.function.Consumer;

/** The Research area: the topic board beside a topic's page, and the sources, with one message line. */
public final class ResearchView extends BorderPane {
    private final ResearchViewModel model;
    private final TabPane tabs;

    public ResearchView(ResearchViewModel model, Consumer<String> openExternally, UUID openTopic, org.scriptorium.app.common.Notices notices) {
        this.model = model;
        TopicBoardView boardView = new TopicBoardView(model.board());
        TopicPageView pageView = new TopicPageView(model.page(), openExternally);
        SplitPane topics = new SplitPane(boardView, pageView);
        topics.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(boardView, false);
        Tab topicsTab = new Tab("Topics", topics);
        topicsTab.setId("topicsTab");
        Tab sourcesTab = new Tab("Sources", new SourcesView(model.sources(), this::importOpml, this::exportOpml));
        sourcesTab.setId("sourcesTab");
        DocumentSearchViewModel documents = model.documents();
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
        model.setNotices(notices);
        setCenter(tabs);
        getStyleClass().add("research-view");

        model.start(openTopic);
    }

    /** Shows the sources tab first when there are none yet: the first thing a new user must do. */
    public void showSourcesIfEmpty() {
        model.whenNoSources(this::showSources);
    }

    private void importOpml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import sources from OPML");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OPML", "*.opml", "*.xml"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.sources().importOpml(file.toPath());
        }
    }

    private void exportOpml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export sources as OPML");
        chooser.setInitialFileName("scriptorium-sources.opml");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.sources().exportOpml(file.toPath());
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

    /** The topics tab with this topic open (the quick switcher). */
    public void showTopic(UUID topicId) {
        tabs.getSelectionModel().select(0);
        model.board().selectWhenLoaded(topicId);
        model.board().load();
    }

    /** The topic open now, remembered for the next start. */
    public UUID openTopicId() {
        return model.openTopicId();
    }
}
