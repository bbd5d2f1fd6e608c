package org.scriptorium.app.research;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.topics.TopicDiscovery;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.UUID;
import java.util.function.Consumer;

/** The topic board: topics sorted by score, freshness or past results, filtered by status, domain and market; discovery. */
public final class TopicBoardViewModel {
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final org.scriptorium.app.common.AreaMessage tell;
    private final BackgroundJob discovery;
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList();
    private final ObjectProperty<TopicSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TopicFilter.TopicOrder> order = new SimpleObjectProperty<>(TopicFilter.TopicOrder.SCORE);
    private final ObjectProperty<TopicStatus> status = new SimpleObjectProperty<>();
    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty market = new SimpleStringProperty("");
    private final ObjectProperty<org.scriptorium.core.research.topics.SearchIntent> intent = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableMap<UUID, Long> pastEngagement = FXCollections.observableHashMap();
    private java.util.function.Supplier<java.util.Map<UUID, Long>> pastResults = java.util.Map::of;
    private UUID wantSelected;

    public TopicBoardViewModel(ResearchEngine research, TaskRunner tasks, org.scriptorium.app.common.AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
        this.discovery = new BackgroundJob(tasks);
        order.addListener((o, a, b) -> load());
        status.addListener((o, a, b) -> load());
        domain.addListener((o, a, b) -> load());
        market.addListener((o, a, b) -> load());
        intent.addListener((o, a, b) -> load());
    }

    /**
     * Where the engagement of each topic's drafts' posts comes from (analytics, by topic id): read with every load,
     * shown on the board, and what "Best results" sorts by. Read in the background.
     */
    public void setPastResults(java.util.function.Supplier<java.util.Map<UUID, Long>> pastResults) {
        this.pastResults = pastResults;
    }

    /** Selects this topic once the board has loaded (the one open when the window last closed). */
    public void selectWhenLoaded(UUID id) {
        wantSelected = id;
    }

    public void load() {
        TopicFilter filter = new TopicFilter(status.get(), blankToNull(domain.get()), blankToNull(market.get()), order.get(), intent.get());
        UUID keep = wantSelected != null ? wantSelected : selected.get() == null ? null : selected.get().id();
        wantSelected = null;
        record Loaded(java.util.List<TopicSummary> topics, java.util.Map<UUID, Long> past) {
        }
        tasks.run(() -> {
            java.util.Map<UUID, Long> past = pastResults.get();
            return new Loaded(research.topics().list(filter, past), past);
        }, loaded -> {
            var list = loaded.topics();
            pastEngagement.clear();
            pastEngagement.putAll(loaded.past());
            topics.setAll(list);
            if (keep != null) {
                selected.set(list.stream().filter(t -> t.id().equals(keep)).findFirst().orElse(null));
            }
        }, failure -> tell.failure(failure));
    }

    public void discover() {
        discovery.start("Discovering topics…", progress -> research.discovery().discover(progress), (TopicDiscovery.Result result) -> {
            tell.info(result.documentsConsidered() == 0
                    ? "No documents from the last 7 days yet: add sources and poll them first."
                    : "Found " + result.created().size() + " new topics and updated " + result.updated().size()
                    + " from " + result.documentsConsidered() + " documents.");
            load();
        }, failure -> tell.failure(failure));
    }

    public void create(String title) {
        tasks.run(() -> research.topics().create(title, null), created -> {
            tell.info("Added the topic " + created.title() + ".");
            load();
            selected.set(created);
        }, failure -> tell.failure(failure));
    }

    /** A topic changed on its page (status, research, draft): show it as it is now. */
    public void refresh(TopicSummary changed) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).id().equals(changed.id())) {
                topics.set(i, changed);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<TopicSummary> topics() {
        return topics;
    }

    /** What each topic's drafts' posts did (engagement), for the topics that have measured posts. */
    public javafx.collections.ObservableMap<UUID, Long> pastEngagement() {
        return pastEngagement;
    }

    public ObjectProperty<TopicSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TopicFilter.TopicOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<TopicStatus> statusProperty() {
        return status;
    }

    public StringProperty domainProperty() {
        return domain;
    }

    public StringProperty marketProperty() {
        return market;
    }

    /** Only topics of this intent (null: any). */
    public ObjectProperty<org.scriptorium.core.research.topics.SearchIntent> intentProperty() {
        return intent;
    }

    public BackgroundJob discovery() {
        return discovery;
    }
}
