package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.util.function.Consumer;

/** One account's queue: its posting slots, and the posts waiting in order, reordered by dragging or with the buttons. */
final class QueueView extends VBox {
    QueueView(QueueViewModel model, PostsViewModel posts, Consumer<ScheduledPost> edit) {
        super(10);
        ComboBox<Account> account = new ComboBox<>(posts.accounts());
        account.setId("queueAccount");
        account.setPromptText("Account");
        account.setConverter(PostsView.ACCOUNT_NAMES);
        account.valueProperty().bindBidirectional(model.accountProperty());

        TextField slots = new TextField();
        slots.setId("queueSlots");
        slots.setPromptText("e.g. Mon-Fri 09:00");
        slots.setTooltip(new javafx.scene.control.Tooltip("Days and times, e.g. Mon-Fri 09:00,17:00; Sat 10:30"));
        slots.textProperty().bindBidirectional(model.slotsProperty());
        HBox.setHgrow(slots, Priority.ALWAYS);
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        org.scriptorium.app.common.ZonePicker.setUp(zone);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        Button save = new Button("Save slots");
        save.setId("queueSaveSlots");
        save.setOnAction(e -> model.saveSlots());
        slots.setOnAction(e -> model.saveSlots());
        Button pick = new Button("Week…");
        pick.setId("queuePickSlots");
        pick.setTooltip(new javafx.scene.control.Tooltip("Pick the slots on a week grid"));
        pick.disableProperty().bind(model.accountProperty().isNull());
        pick.setOnAction(e -> SlotGridDialog.open(getScene().getWindow(), model));
        Label slotsLabel = new Label("Posting slots");
        for (javafx.scene.layout.Region keep : new javafx.scene.layout.Region[]{account, slotsLabel, save, pick}) {
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the slots field gives way, not these
        }
        slots.setMinWidth(120);
        slots.setPrefColumnCount(18);
        zone.setPrefWidth(190);
        zone.setMinWidth(100); // the slot field and the zone give way in a narrow window, the button does not
        // The zone goes with the account (its slots are meant there); the slots' row keeps its room for the times.
        HBox accountRow = new HBox(8, account, new Label("in"), zone);
        accountRow.setAlignment(Pos.CENTER_LEFT);
        HBox slotsRow = new HBox(8, slotsLabel, slots, pick, save);
        slotsRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, accountRow, slotsRow);
        Label next = new Label();
        next.setId("queueNextFree");
        next.setWrapText(true);
        next.getStyleClass().add(Styles.TEXT_MUTED);
        next.textProperty().bind(model.nextFreeProperty());

        ListView<ScheduledPost> list = new ListView<>(model.queue());
        list.setId("queueList");
        list.setPlaceholder(new Label("Nothing waiting for this account. Write a post below and press Add to queue."));
        list.setCellFactory(v -> new QueuedCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button up = new Button("Move up");
        up.setId("queueUp");
        up.setOnAction(e -> model.shift(-1));
        Button down = new Button("Move down");
        down.setId("queueDown");
        down.setOnAction(e -> model.shift(1));
        Button now = new Button("Publish now");
        now.setId("queuePublishNow");
        now.setOnAction(e -> model.publishNow());
        Button editButton = new Button("Edit…");
        editButton.setId("queueEdit");
        editButton.setOnAction(e -> edit.accept(model.selectedProperty().get()));
        for (Button b : new Button[]{up, down, now, editButton}) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        HBox actions = new HBox(8, up, down, now, editButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        // The catch-up window is in File › Settings › Publishing.
        getChildren().addAll(top, next, list, actions);
        setStyle("-fx-padding: 10 0 0 0;");
    }

    /** Its place, when it goes out, and its text; dragged onto another post, it takes that post's place. */
    private static final class QueuedCell extends ListCell<ScheduledPost> {
        QueuedCell(QueueViewModel model) {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().id().toString());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (getItem() != null && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                String dragged = e.getDragboard().getString();
                model.queue().stream().filter(p -> p.id().toString().equals(dragged)).findFirst()
                        .ifPresent(post -> model.moveTo(post, getIndex() + 1));
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ScheduledPost post, boolean empty) {
            super.updateItem(post, empty);
            if (empty || post == null) {
                setGraphic(null);
                return;
            }
            Label place = new Label(Integer.toString(getIndex() + 1));
            place.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
            place.setMinWidth(28);
            Label when = new Label(QueueViewModel.when(post));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            Label text = new Label(post.text().replaceAll("\\s+", " "));
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(90));
            HBox row = new HBox(10, place, new VBox(2, when, text));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
