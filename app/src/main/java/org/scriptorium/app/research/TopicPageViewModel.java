package org.scriptorium.app.research;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.deep.DeepResearch;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** One topic: its measures and documents, its current report, running research, and starting a draft. */
public final class TopicPageViewModel {
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final org.scriptorium.app.common.AreaMessage tell;
    private final BackgroundJob researching;
    private final TopicInsightsViewModel insights;
    private final BackgroundJob notionSync;
    private final javafx.beans.property.BooleanProperty notionConnected = new javafx.beans.property.SimpleBooleanProperty();
    private org.scriptorium.core.notion.NotionSync notion;
    private final ObjectProperty<TopicSummary> topic = new SimpleObjectProperty<>();
    private final ObjectProperty<StoredReport> report = new SimpleObjectProperty<>();
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private Consumer<TopicSummary> onChanged = t -> { };
    private Consumer<DraftDocument> onDraftStarted = d -> { };
    private Consumer<TopicSummary> onWriteDraft = t -> { };

    public TopicPageViewModel(ResearchEngine research, TaskRunner tasks, org.scriptorium.app.common.AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
        this.researching = new BackgroundJob(tasks);
        this.insights = new TopicInsightsViewModel(research, tasks, tell);
        this.notionSync = new BackgroundJob(tasks);
        // Keyword research sets the topic's intent, demand and trend: the page and the board show them.
        insights.setOnTopicChanged(() -> {
            TopicSummary current = topic.get();
            if (current != null) {
                reopen(current.id());
            }
        });
    }

    /** The topic's Keywords, Competitors and Gaps. */
    public TopicInsightsViewModel insights() {
        return insights;
    }

    private record Page(TopicSummary topic, java.util.List<DocumentSummary> documents, StoredReport report) {
    }

    /** Offers "Sync with Notion" on the page while a Notion database is connected (File › Settings › Notion). */
    public void useNotion(org.scriptorium.core.notion.NotionSync notion) {
        this.notion = notion;
    }

    /** Sends the topic (and every other changed one: a sync is the whole board's) to Notion and brings Notion's edits back. */
    public void syncWithNotion() {
        TopicSummary current = topic.get();
        if (notion == null || current == null) {
            return;
        }
        notionSync.start("Syncing topics with Notion…", progress -> {
            try {
                return notion.sync(progress::isCancelled);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.scriptorium.core.ScriptoriumException("Stopped.");
            }
        }, report -> {
            tell.info("Notion: " + report.describe());
            reopen(current.id());
        }, failure -> tell.failure(failure));
    }

    public javafx.beans.property.ReadOnlyBooleanProperty notionConnectedProperty() {
        return notionConnected;
    }

    public BackgroundJob notionSync() {
        return notionSync;
    }

    public void open(UUID id) {
        insights.open(id);
        if (notion != null && id != null) {
            tasks.run(notion::connected, notionConnected::set, failure -> notionConnected.set(false));
        }
        if (id == null) {
            topic.set(null);
            report.set(null);
            documents.clear();
            return;
        }
        tasks.run(() -> {
            TopicSummary t = research.topics().get(id);
            return new Page(t, research.documents().summaries(t.documentIds()), research.reports().current(id).orElse(null));
        }, page -> {
            topic.set(page.topic());
            documents.setAll(page.documents());
            report.set(page.report());
        }, failure -> tell.failure(failure));
    }

    public void runResearch() {
        TopicSummary current = topic.get();
        if (current == null) {
            return;
        }
        researching.start("Researching " + current.title() + "…", progress -> research.deepResearch().run(current.id(), progress),
                (DeepResearch.Outcome outcome) -> {
                    // Warnings are unreadable pages and ranking notes ("semantic reranking is not installed").
                    List<String> warnings = outcome.warnings();
                    tell.info("Research done: " + outcome.report().report().sources().size() + " sources cited"
                            + (warnings.isEmpty() ? "." : warnings.size() == 1 ? ". " + warnings.getFirst()
                            : "; " + warnings.size() + " notes, the first: " + warnings.getFirst()));
                    reopen(current.id());
                }, failure -> tell.failure(failure));
    }

    public void startDraft() {
        TopicSummary current = topic.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> research.topicDrafts().startDraft(current.id()), draft -> {
            tell.info("Started the draft " + draft.title() + ".");
            reopen(current.id());
            onDraftStarted.accept(draft);
        }, failure -> tell.failure(failure));
    }

    /** Asks the window to write the whole draft from this topic into the editor. */
    public void writeDraft() {
        TopicSummary current = topic.get();
        if (current != null) {
            onWriteDraft.accept(current);
        }
    }

    public void setOnWriteDraft(Consumer<TopicSummary> onWriteDraft) {
        this.onWriteDraft = onWriteDraft;
    }

    public void setStatus(TopicStatus status) {
        TopicSummary current = topic.get();
        if (current == null || status == null || status == current.status()) {
            return;
        }
        tasks.run(() -> research.topics().setStatus(current.id(), status), changed -> {
            topic.set(changed);
            onChanged.accept(changed);
        }, failure -> tell.failure(failure));
    }

    /** Sets the topic's priority (1–10; null: back to the suggested one) and its intent (null: unset). */
    public void plan(Integer priority, org.scriptorium.core.research.topics.SearchIntent intent) {
        TopicSummary current = topic.get();
        if (current == null || java.util.Objects.equals(priority, current.fields().priority()) && intent == current.fields().intent()) {
            return;
        }
        tasks.run(() -> research.topics().plan(current.id(), intent, priority), changed -> {
            topic.set(changed);
            onChanged.accept(changed);
        }, failure -> tell.failure(failure));
    }

    /** "Priority 7 (suggested) · informational · demand 84 · trend +12%": the plan's fields as the page says them. */
    public static String fields(TopicSummary topic) {
        var f = topic.fields();
        return "Priority " + topic.priority() + (f.priority() == null ? " (suggested)" : "")
                + (f.intent() == null ? "" : " · " + f.intent().label().toLowerCase(java.util.Locale.ROOT))
                + (f.demand() == null ? "" : " · demand " + f.demand())
                + (f.trending() == null ? "" : String.format(java.util.Locale.ROOT, " · trend %+.0f%%", f.trending()));
    }

    private void reopen(UUID id) {
        tasks.run(() -> research.topics().get(id), changed -> {
            onChanged.accept(changed);
            open(id);
        }, failure -> tell.failure(failure));
    }

    public void setOnChanged(Consumer<TopicSummary> onChanged) {
        this.onChanged = onChanged;
    }

    public void setOnDraftStarted(Consumer<DraftDocument> onDraftStarted) {
        this.onDraftStarted = onDraftStarted;
    }

    public ObjectProperty<TopicSummary> topicProperty() {
        return topic;
    }

    public ObjectProperty<StoredReport> reportProperty() {
        return report;
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public BackgroundJob researching() {
        return researching;
    }

    /** "Why 72: newest 3 hours old +31, 3 independent sources +20, …": the score's parts, strongest first. */
    public static String whyScore(org.scriptorium.core.research.topics.TopicMeasures measures) {
        var parts = measures.why();
        if (parts.isEmpty()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "Why %.0f: ", measures.score()) + String.join(", ", parts.stream()
                .map(p -> p.what() + String.format(java.util.Locale.ROOT, " +%.0f", p.points())).toList()) + ".";
    }
}
