package org.scriptorium.app.research;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.scriptorium.core.research.documents.DocumentSummary;

import java.util.function.Consumer;

/** A search field over all documents and what it finds, each opening in the browser. */
final class DocumentSearchView extends BorderPane {

    DocumentSearchView(DocumentSearchViewModel model, Consumer<String> openExternally) {
        getStyleClass().add("research-page");
        TextField query = new TextField();
        query.setId("documentQuery");
        query.setPromptText("Search titles, summaries and article texts");
        query.textProperty().bindBidirectional(model.queryProperty());
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        setTop(new VBox(6, query, status));

        ListView<DocumentSummary> list = new ListView<>(model.results());
        list.setId("documentResults");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: a summary wraps instead of running off to the right
            }

            @Override
            protected void updateItem(DocumentSummary d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink title = new Hyperlink(d.title());
                title.setOnAction(e -> openExternally.accept(d.url()));
                String engagement = d.engagement() > 0 ? " · " + d.engagement() + " points and comments" : "";
                String copy = d.nearDuplicateOf() != null ? " · same story as another document" : "";
                // A document whose source gave no date says so; the time it was fetched is not its date.
                String published = d.publishedAt() == null ? "Date unknown"
                        : org.scriptorium.app.common.Formats.current().dateTime(d.publishedAt());
                Label meta = new Label(published + " · " + d.url() + engagement + copy);
                meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                VBox box = new VBox(0, title, meta);
                if (d.summary() != null && !d.summary().isBlank()) {
                    Label summary = new Label(d.summary().length() > 240 ? d.summary().substring(0, 239) + "…" : d.summary());
                    summary.setWrapText(true);
                    summary.setMaxWidth(900);
                    box.getChildren().add(summary);
                }
                setGraphic(box);
            }
        });
        setCenter(list);
        BorderPane.setMargin(list, new javafx.geometry.Insets(8, 0, 0, 0));
        model.search();
    }
}
