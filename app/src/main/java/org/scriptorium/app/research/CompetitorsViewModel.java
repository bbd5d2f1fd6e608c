package org.scriptorium.app.research;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.AreaMessage;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.competitors.CompetitorSummary;

/** The competitor sites research follows (Research settings): adding one by its address, removing one. */
public final class CompetitorsViewModel {
    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final AreaMessage tell;
    private final ObservableList<CompetitorSummary> competitors = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public CompetitorsViewModel(ResearchEngine research, TaskRunner tasks, AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
    }

    public void load() {
        tasks.run(() -> research.competitors().list(), competitors::setAll, tell::failure);
    }

    /** Follows the site typed; a bad address is said beside the field and nothing changes. */
    public void add() {
        String typed = address.get();
        tasks.run(() -> research.competitors().add(typed, null), added -> {
            address.set("");
            problem.set("");
            tell.info("Following " + added.name() + "; its articles are read with the next competitor check (a topic's Competitors tab).");
            load();
        }, failure -> problem.set(org.scriptorium.app.common.Messages.of(failure)));
    }

    public void remove(CompetitorSummary competitor) {
        if (competitor == null) {
            return;
        }
        tasks.run(() -> {
            research.competitors().remove(competitor.id());
            return competitor;
        }, removed -> {
            tell.info("No longer following " + removed.name() + ".");
            load();
        }, tell::failure);
    }

    public ObservableList<CompetitorSummary> competitors() {
        return competitors;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** Why the address typed was refused ("" when nothing is wrong). */
    public StringProperty problemProperty() {
        return problem;
    }
}
