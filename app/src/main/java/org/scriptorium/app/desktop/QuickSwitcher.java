package org.scriptorium.app.desktop;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The quick switcher's card, over the top of the window: a field and the closest matches. Enter opens the chosen one
 * (the first unless arrowed to), Escape or a click beside the card closes it.
 */
final class QuickSwitcher extends StackPane {
    private final QuickSwitcherViewModel model;
    private final TextField field = new TextField();
    private final ListView<QuickSwitcherViewModel.Entry> list = new ListView<>();
    private final Runnable close;

    QuickSwitcher(QuickSwitcherViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        setId("quickSwitcher");
        getStyleClass().add("quick-switcher-scrim");
        field.setId("quickSwitcherField");
        field.setPromptText("Go to a draft, topic or post, or run a command");
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setId("quickSwitcherResults");
        list.setItems(model.results());
        list.setCellFactory(v -> new EntryCell());
        list.setPrefHeight(320);
        list.setPlaceholder(new Label("Nothing matches."));
        model.results().addListener((javafx.collections.ListChangeListener<QuickSwitcherViewModel.Entry>) c -> list.getSelectionModel().selectFirst());
        list.setOnMouseClicked(e -> openSelected());
        field.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    list.getSelectionModel().selectNext();
                    e.consume();
                }
                case UP -> {
                    list.getSelectionModel().selectPrevious();
                    e.consume();
                }
                case ENTER -> {
                    openSelected();
                    e.consume();
                }
                case ESCAPE -> {
                    close.run();
                    e.consume();
                }
                default -> { }
            }
        });
        VBox card = new VBox(8, field, list);
        card.getStyleClass().add("quick-switcher");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        StackPane.setMargin(card, new javafx.geometry.Insets(60, 16, 16, 16));
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close.run();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
    }

    void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void openSelected() {
        var chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            close.run();
            chosen.open().run();
        } else if (model.results().isEmpty()) {
            field.requestFocus();
        }
    }

    private static final class EntryCell extends ListCell<QuickSwitcherViewModel.Entry> {
        @Override
        protected void updateItem(QuickSwitcherViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(entry.kind().label());
            kind.getStyleClass().addAll("chip", "keyword-chip");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(entry.name());
            name.setMinWidth(0);
            Label detail = new Label(entry.detail() == null ? "" : entry.detail());
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, kind, name, gap, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setText(null);
            setGraphic(row);
        }
    }
}
