package org.scriptorium.app.notion;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Notion page of the settings: binds to {@link NotionSettingsViewModel}, decides nothing. */
public final class NotionSettingsView extends VBox {
    public NotionSettingsView(NotionSettingsViewModel model) {
        PasswordField token = new PasswordField();
        token.setId("notionToken");
        token.setPromptText("ntn_\u2026 (kept in the system keychain)");
        token.textProperty().bindBidirectional(model.tokenProperty());
        TextField database = new TextField();
        database.setId("notionDatabase");
        database.setPromptText("The database's id or link");
        database.textProperty().bindBidirectional(model.databaseProperty());
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Integration secret"), token);
        form.addRow(1, new Label("Database"), database);
        GridPane.setHgrow(token, Priority.ALWAYS);
        GridPane.setHgrow(database, Priority.ALWAYS);

        Button connect = new Button("Connect");
        connect.setId("notionConnect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect());
        Button disconnect = new Button("Disconnect");
        disconnect.setId("notionDisconnect");
        disconnect.disableProperty().bind(model.busyProperty().or(model.connectedProperty().not()));
        disconnect.setOnAction(e -> model.disconnect());
        Button sync = new Button("Sync now");
        sync.setId("notionSyncNow");
        sync.disableProperty().bind(model.busyProperty().or(model.connectedProperty().not()));
        sync.setOnAction(e -> model.syncNow());
        HBox buttons = new HBox(8, connect, disconnect, sync);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("notionStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("notionError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        ListView<String> overwritten = new ListView<>(model.overwritten());
        overwritten.setId("notionOverwritten");
        overwritten.setPrefHeight(110);
        overwritten.setPlaceholder(new Label("Nothing overwritten."));

        Label heading = new Label("Notion");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label what = new Label("Research topics sync both ways with a Notion database (title, status, priority, domain, market, language; "
                + "score, report and draft go one way), and drafts can be sent to it as pages. Share the database with your "
                + "integration first (\u2022\u2022\u2022 \u203a Connections).");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        Label lost = new Label("Overwritten by a later edit on the other side");
        lost.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().setAll(heading, what, form, buttons, status, error, lost, overwritten);
        setSpacing(10);
    }
}
