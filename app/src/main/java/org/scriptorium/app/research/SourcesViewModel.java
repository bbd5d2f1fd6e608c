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
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.OpmlTransfer;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.sources.SourceSummary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The sources page: the list with health, adding, polling with progress and cancel, OPML in and out. */
public final class SourcesViewModel {
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final org.scriptorium.app.common.AreaMessage tell;
    private final BackgroundJob polling;
    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty newUrl = new SimpleStringProperty("");
    private final ObjectProperty<SourceKind> newKind = new SimpleObjectProperty<>();
    private final StringProperty newLabel = new SimpleStringProperty("");
    private final StringProperty newInterval = new SimpleStringProperty("60m");
    private final StringProperty webSearch = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty threshold = new javafx.beans.property.SimpleDoubleProperty(0.4);
    private final javafx.beans.property.BooleanProperty semanticOn = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty semanticInstalled = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty semanticStatus = new SimpleStringProperty("");
    private Runnable onPolled = () -> { };
    private Runnable pollNow = () -> { };

    public SourcesViewModel(ResearchEngine research, TaskRunner tasks, org.scriptorium.app.common.AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
        this.polling = new BackgroundJob(tasks);
    }

    /** The competitor sites research follows, edited beside the other research settings. */
    public CompetitorsViewModel competitors() {
        return new CompetitorsViewModel(research, tasks, tell);
    }

    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        tasks.run(() -> research.sources().list(), list -> {
            sources.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
        }, this::fail);
    }

    private record Settings(String webSearch, double threshold) {
    }

    public void loadSettings() {
        tasks.run(() -> new Settings(research.webSearchAddress().map(Object::toString).orElse(""), research.documents().threshold()),
                settings -> {
                    webSearch.set(settings.webSearch());
                    threshold.set(settings.threshold());
                }, this::fail);
        tasks.run(() -> research.semantic().status(), this::showSemantic, this::fail);
    }

    /** Turns semantic reranking on or off (when its add-on is installed). */
    public void setSemantic(boolean on) {
        tasks.run(() -> {
            research.semantic().setEnabled(on);
            return research.semantic().status();
        }, this::showSemantic, this::fail);
    }

    private void showSemantic(org.scriptorium.core.research.rank.SemanticAddon.Status status) {
        semanticInstalled.set(status.installed());
        semanticOn.set(status.enabled());
        semanticStatus.set(!status.installed()
                ? "Not installed: deep research orders sources by their words. Install the add-on (about 130 MB, run on this computer) with: "
                + "scriptorium semantic install FOLDER_OR_ZIP"
                : status.enabled() ? "On: deep research orders sources by meaning (all-MiniLM-L6-v2, on this computer)."
                : "Installed and off: deep research orders sources by their words.");
    }

    public javafx.beans.property.BooleanProperty semanticOnProperty() {
        return semanticOn;
    }

    public javafx.beans.property.BooleanProperty semanticInstalledProperty() {
        return semanticInstalled;
    }

    public StringProperty semanticStatusProperty() {
        return semanticStatus;
    }

    /** Saves the web search address and, when it changed, regroups near-duplicates at the new threshold. */
    public void saveSettings() {
        String address = webSearch.get();
        double wanted = threshold.get();
        tasks.run(() -> {
            research.setWebSearchAddress(address);
            if (Math.abs(research.documents().threshold() - wanted) > 1e-9) {
                research.documents().setThreshold(wanted);
            }
            return research.webSearchAddress().isPresent();
        }, searching -> {
            tell.info("Settings saved. Research " + (searching ? "also searches the web through " + address.strip() + "." : "uses your documents only."));
            load();
        }, this::fail);
    }

    /** Changes the selected source; empty fields keep what it had. */
    public void editSelected(String title, String url, SourceKind kind, String label, String interval) {
        SourceSummary source = selected.get();
        if (source == null) {
            return;
        }
        tasks.run(() -> research.sources().update(source.id(), new org.scriptorium.core.research.sources.SourceChanges(
                        url == null || url.isBlank() || url.strip().equals(source.url()) ? null : url, kind, title,
                        SourceLabel.parse(label), PollInterval.parseMinutes(interval))),
                changed -> {
                    tell.info("Saved " + changed.title() + ".");
                    load();
                }, this::fail);
    }

    public void add() {
        String url = newUrl.get() == null ? "" : newUrl.get().strip();
        if (url.isEmpty()) {
            tell.info("Type a feed, page, Hacker News or subreddit address first.");
            return;
        }
        SourceKind kind = newKind.get();
        String label = newLabel.get();
        String interval = newInterval.get();
        tasks.run(() -> research.sources().add(new NewSource(url, kind, null, SourceLabel.parse(label), PollInterval.parseMinutes(interval))),
                added -> {
                    newUrl.set("");
                    tell.info("Added " + added.title() + "; bringing in its documents now.");
                    pollNow.run(); // the studio's own poll round: a source never polled is due
                    load();
                    selected.set(added);
                }, this::fail);
    }

    /** Polls the selected source, or every enabled one when none is selected. */
    public void poll(boolean onlySelected) {
        List<UUID> ids = onlySelected && selected.get() != null ? List.of(selected.get().id()) : List.of();
        polling.start("Polling…", progress -> research.poller().poll(ids, progress), results -> {
            // A source that could not be read is an error that stays; a poll that went well is information.
            if (results.stream().anyMatch(PollResult::failed)) {
                tell.error(summary(results));
            } else {
                tell.info(summary(results));
            }
            load();
            onPolled.run();
        }, failure -> {
            fail(failure);
            load();
        });
    }

    static String summary(List<PollResult> results) {
        int added = results.stream().mapToInt(PollResult::added).sum();
        int near = results.stream().mapToInt(PollResult::nearDuplicates).sum();
        long failed = results.stream().filter(PollResult::failed).count();
        String text = "Polled " + results.size() + (results.size() == 1 ? " source: " : " sources: ") + added + " new documents"
                + (near > 0 ? ", " + near + " near-duplicates" : "") + ".";
        if (failed > 0) {
            PollResult first = results.stream().filter(PollResult::failed).findFirst().orElseThrow();
            text += " " + failed + " failed — " + first.title() + ": " + first.error();
        }
        return text;
    }

    public void setEnabled(boolean enabled) {
        SourceSummary source = selected.get();
        if (source != null) {
            tasks.run(() -> research.sources().setEnabled(source.id(), enabled), s -> load(), this::fail);
        }
    }

    public void removeSelected() {
        SourceSummary source = selected.get();
        if (source != null) {
            tasks.run(() -> {
                research.sources().remove(source.id());
                return source;
            }, s -> {
                tell.info("Removed " + s.title() + ". Its documents stay.");
                selected.set(null);
                load();
            }, this::fail);
        }
    }

    public void importOpml(Path file) {
        tasks.run(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return research.opml().importFrom(in);
            }
        }, (OpmlTransfer.ImportResult result) -> {
            tell.info("Imported " + result.added().size() + " sources from " + file.getFileName() + "; "
                    + result.alreadyThere() + " were already here" + (result.rejected().isEmpty() ? "." : "; " + result.rejected().size() + " could not be used."));
            load();
        }, this::fail);
    }

    public void exportOpml(Path file) {
        tasks.run(() -> {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".opml-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                research.opml().exportTo(out);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }, written -> tell.info("Exported the sources to " + written + "."), failure -> {
            if (failure instanceof IOException io) {
                tell.error("Could not write " + file + ": " + io.getMessage());
            } else {
                fail(failure);
            }
        });
    }

    private void fail(Throwable failure) {
        tell.failure(failure);
    }

    /** How to start the studio's poll round at once (the window's recurring job), for a source just added. */
    public void setPollNow(Runnable pollNow) {
        this.pollNow = pollNow;
    }

    public void setOnPolled(Runnable onPolled) {
        this.onPolled = onPolled;
    }

    public ObservableList<SourceSummary> sources() {
        return sources;
    }

    public ObjectProperty<SourceSummary> selectedProperty() {
        return selected;
    }

    public StringProperty newUrlProperty() {
        return newUrl;
    }

    public ObjectProperty<SourceKind> newKindProperty() {
        return newKind;
    }

    public StringProperty newLabelProperty() {
        return newLabel;
    }

    public StringProperty newIntervalProperty() {
        return newInterval;
    }

    public StringProperty webSearchProperty() {
        return webSearch;
    }

    public javafx.beans.property.DoubleProperty thresholdProperty() {
        return threshold;
    }

    public BackgroundJob polling() {
        return polling;
    }
}
