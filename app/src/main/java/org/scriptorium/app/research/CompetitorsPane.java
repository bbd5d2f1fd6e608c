package org.scriptorium.app.research;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scriptorium.core.research.competitors.CompetitorSummary;

/** Research settings' competitor list: add a site by its address, remove the one chosen. */
public final class CompetitorsPane extends VBox {
    public CompetitorsPane(CompetitorsViewModel model) {
        super(8);
        TextField address = new TextField();
        address.setId("competitorAddress");
        address.setPromptText("https://example.com (home page, feed or sitemap)");
        address.textProperty().bindBidirectional(model.addressProperty());
        address.setOnAction(e -> model.add());
        HBox.setHgrow(address, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addCompetitor");
        add.setOnAction(e -> model.add());
        add.disableProperty().bind(model.addressProperty().isEmpty());
        Button remove = new Button("Remove");
        remove.setId("removeCompetitor");
        ListView<CompetitorSummary> list = new ListView<>(model.competitors());
        list.setId("competitorList");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No competitors yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CompetitorSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + " · " + (c.follow() == null ? c.url() : c.follow().url()) + " · "
                        + c.articles() + " article" + (c.articles() == 1 ? "" : "s") + (c.problem() == null ? "" : " · " + c.problem()));
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Label problem = new Label();
        problem.setId("competitorProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        HBox row = new HBox(8, address, add, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, problem, list);
        model.load();
    }
}
