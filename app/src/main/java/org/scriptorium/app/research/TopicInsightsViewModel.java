package org.scriptorium.app.research;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.app.common.AreaMessage;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.competitors.CompetitorWatcher;
import org.scriptorium.core.research.gaps.GapReport;
import org.scriptorium.core.research.keywords.KeywordResearch;
import org.scriptorium.core.research.keywords.TopicKeywords;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A topic page's Keywords, Competitors and Gaps: what is kept is read when the topic opens (offline); keyword research
 * and reading competitors run in the background, can be cancelled, and bring the page up to date when done.
 */
public final class TopicInsightsViewModel {
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final AreaMessage tell;
    private final BackgroundJob keywordResearch;
    private final BackgroundJob competitorCheck;
    private final ObjectProperty<TopicKeywords> keywords = new SimpleObjectProperty<>();
    private final ObjectProperty<GapReport> gaps = new SimpleObjectProperty<>();
    private final StringProperty market = new SimpleStringProperty("us-en");
    private final StringProperty seeds = new SimpleStringProperty("");
    private UUID topicId;
    private Runnable onTopicChanged = () -> { };

    public TopicInsightsViewModel(ResearchEngine research, TaskRunner tasks, AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
        this.keywordResearch = new BackgroundJob(tasks);
        this.competitorCheck = new BackgroundJob(tasks);
    }

    private record Kept(TopicKeywords keywords, GapReport gaps, String seeds) {
    }

    /** Reads what is kept for the topic: its keyword research and its gaps. */
    public void open(UUID id) {
        topicId = id;
        if (id == null) {
            keywords.set(null);
            gaps.set(null);
            return;
        }
        tasks.run(() -> {
            TopicKeywords kept = research.keywords().of(id).orElse(null);
            String defaultSeeds = kept != null ? String.join(", ", kept.seeds()) : String.join(", ", KeywordResearch.seedsOf(research.topics().get(id)));
            return new Kept(kept, research.gaps().gaps(id), defaultSeeds);
        }, kept -> {
            if (id.equals(topicId)) {
                keywords.set(kept.keywords());
                gaps.set(kept.gaps());
                seeds.set(kept.seeds());
                if (kept.keywords() != null) {
                    market.set(kept.keywords().market());
                }
            }
        }, tell::failure);
    }

    /** Runs keyword research on the topic with the market and seed phrases as typed (comma-separated; blank: the topic's own). */
    public void researchKeywords() {
        UUID id = topicId;
        if (id == null) {
            return;
        }
        List<String> phrases = Arrays.stream(seeds.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String where = market.get();
        keywordResearch.start("Asking what people search for…", progress -> {
            try {
                return research.keywords().run(id, where, phrases, progress::isCancelled);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScriptoriumException("Stopped.");
            }
        }, found -> {
            tell.info(found.keywords().size() + " keywords in " + found.clusters().size() + " clusters"
                    + (found.problems().isEmpty() ? "." : "; " + found.problems().getFirst()));
            open(id);
            onTopicChanged.run();
        }, tell::failure);
    }

    /** Reads the competitors' recent articles, then the topic's gaps again. */
    public void checkCompetitors() {
        UUID id = topicId;
        competitorCheck.start("Reading competitors' recent articles…", progress -> {
            try {
                return research.competitorWatcher().checkAll(progress::isCancelled);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScriptoriumException("Stopped.");
            }
        }, reports -> {
            tell.info(summary(reports));
            if (id != null) {
                open(id);
            }
        }, tell::failure);
    }

    static String summary(List<CompetitorWatcher.CheckReport> reports) {
        if (reports.isEmpty()) {
            return "No competitors yet: add them in File › Settings › Research.";
        }
        int read = reports.stream().mapToInt(CompetitorWatcher.CheckReport::newArticles).sum();
        List<String> problems = reports.stream().filter(r -> r.problem() != null).map(r -> r.competitor() + ": " + r.problem()).toList();
        return read + " new competitor article" + (read == 1 ? "" : "s") + " read from " + reports.size() + " site" + (reports.size() == 1 ? "" : "s")
                + (problems.isEmpty() ? "." : "; " + problems.getFirst());
    }

    /** Writes the topic's keywords as CSV. */
    public void exportCsv(Path file) {
        TopicKeywords kept = keywords.get();
        if (kept == null) {
            return;
        }
        tasks.run(() -> Files.writeString(file, KeywordResearch.csv(kept)), written -> tell.info("Keywords written to " + file.getFileName() + "."),
                tell::failure);
    }

    public void setOnTopicChanged(Runnable onTopicChanged) {
        this.onTopicChanged = onTopicChanged;
    }

    public ObjectProperty<TopicKeywords> keywordsProperty() {
        return keywords;
    }

    public ObjectProperty<GapReport> gapsProperty() {
        return gaps;
    }

    public StringProperty marketProperty() {
        return market;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public BackgroundJob keywordResearch() {
        return keywordResearch;
    }

    public BackgroundJob competitorCheck() {
        return competitorCheck;
    }
}
