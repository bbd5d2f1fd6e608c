package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.util.function.Consumer;

/** The Posts area: what is planned, what went out (with its address), what failed and why; and a form to plan one. */
public final class PostsView extends BorderPane {
    static final StringConverter<Account> ACCOUNT_NAMES = new StringConverter<>() {
        @Override
        public String toString(Account a) {
            return a == null ? "" : a.network().label() + " · " + a.name();
        }

        @Override
        public Account fromString(String s) {
            return null;
        }
    };

    public PostsView(PostsViewModel model, CalendarViewModel calendar, Consumer<String> openExternally, Runnable connectAccount) {
        getStyleClass().add("research-view");
        Label title = new Label("Posts");
        title.getStyleClass().add(Styles.TITLE_3);
        javafx.scene.control.ToggleButton planToggle = new javafx.scene.control.ToggleButton("Plan a post");
        planToggle.setId("toggleComposer");
        planToggle.selectedProperty().bindBidirectional(model.composer().shownProperty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, planToggle);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        ListView<PostsViewModel.Row> list = new ListView<>(model.posts());
        list.setId("postList");
        list.setPlaceholder(new Label("Nothing planned yet. Plan a post below, or from the command line with scriptorium post new."));
        list.setCellFactory(v -> new PostCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        // A post chosen elsewhere (an alert's Edit) is shown selected in the list.
        model.selectedProperty().addListener((o, a, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });

        Button sendNow = new Button("Send now");
        sendNow.setId("sendNow");
        sendNow.disableProperty().bind(model.selectedProperty().isNull());
        sendNow.setOnAction(e -> model.sendNow());
        Button cancel = new Button("Cancel post");
        cancel.setId("cancelPost");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(model.selectedProperty().isNull());
        cancel.setOnAction(e -> model.cancel());
        Button edit = new Button("Edit…");
        edit.setId("editPost");
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> edit(model, model.selectedProperty().get().post()));
        Hyperlink open = new Hyperlink();
        open.setId("openPublished");
        model.selectedProperty().addListener((o, a, row) -> open.setText(row == null || row.post().url() == null ? "" : row.post().url()));
        open.setOnAction(e -> openExternally.accept(open.getText()));
        HBox actions = new HBox(8, sendNow, edit, cancel, handOffButton(model), open);
        actions.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.control.Tab monthTab = new javafx.scene.control.Tab("Calendar", new CalendarPane(calendar));
        javafx.scene.control.Tab listTab = new javafx.scene.control.Tab("List", list);
        javafx.scene.control.Tab queueTab = new javafx.scene.control.Tab("Queue", new QueueView(model.queue(), model, post -> edit(model, post)));
        queueTab.setId("queueTab");
        javafx.scene.control.TabPane views = new javafx.scene.control.TabPane(monthTab, listTab, queueTab);
        views.setId("postViews");
        // The queue has its own actions; these act on the list and calendar's selection.
        actions.visibleProperty().bind(views.getSelectionModel().selectedItemProperty().isNotEqualTo(queueTab));
        actions.managedProperty().bind(actions.visibleProperty());
        views.getTabs().forEach(t -> t.setClosable(false));
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox content = new VBox(12, titleRow, views, actions);
        content.getStyleClass().add("research-page");
        // The composer sits beside the calendar, so the calendar keeps the window's height; the divider moves.
        PostComposerView composer = new PostComposerView(model, connectAccount);
        javafx.scene.control.SplitPane page = new javafx.scene.control.SplitPane(content, composer);
        page.setDividerPositions(0.72);
        javafx.scene.control.SplitPane.setResizableWithParent(composer, false);
        // Hidden, the calendar takes the whole width (a narrow window); starting a post shows the form again.
        model.composer().shownProperty().addListener((o, was, show) -> {
            if (show && !page.getItems().contains(composer)) {
                page.getItems().add(composer);
                page.setDividerPositions(0.72);
            } else if (!show) {
                page.getItems().remove(composer);
            }
        });
        setCenter(page);
        model.editRequestedProperty().addListener((o, was, post) -> {
            if (post != null) {
                model.editRequestedProperty().set(null);
                javafx.application.Platform.runLater(() -> edit(model, post)); // once the view is in its window
            }
        });
        model.load();
    }

    /** "Hand to Facebook": enabled for a planned post whose network holds posts, with a hint saying what it does or why not. */
    private static javafx.scene.Node handOffButton(PostsViewModel model) {
        var choice = model.handOffChoiceProperty();
        Button handOff = new Button();
        handOff.setId("handOff");
        handOff.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> choice.get().label(), choice));
        handOff.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !choice.get().possible(), choice));
        handOff.setOnAction(e -> model.handOff());
        javafx.scene.control.Tooltip hint = new javafx.scene.control.Tooltip();
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> choice.get().hint(), choice));
        // A disabled button shows no tooltip; its holder does, so the reason it is disabled can be read.
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(handOff);
        holder.setId("handOffHolder");
        holder.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> choice.get().offered(), choice));
        holder.managedProperty().bind(holder.visibleProperty());
        javafx.scene.control.Tooltip.install(holder, hint);
        return holder;
    }

    /** Opens the editor for a post that has not gone out; one already out says so. */
    private void edit(PostsViewModel model, ScheduledPost post) {
        if (post == null) {
            return;
        }
        PostsViewModel.Row row = model.posts().stream().filter(r -> r.post().id().equals(post.id())).findFirst().orElse(null);
        PostEditDialog.open(getScene().getWindow(), post, row == null ? "" : row.account(), row == null ? null : row.owner(), model);
    }

    /** A post: when (in the zone it was planned in), where, its status, and the reason when it did not go out. */
    private static final class PostCell extends ListCell<PostsViewModel.Row> {
        @Override
        protected void updateItem(PostsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ScheduledPost post = row.post();
            Label when = new Label(post.plannedLocal() == null ? "Not scheduled" : org.scriptorium.app.common.Formats.current().dateTimeWithZone(post.plannedLocal()));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            Label status = new Label(row.statusText());
            status.getStyleClass().addAll("chip", switch (post.status()) {
                case PUBLISHED -> Styles.SUCCESS;
                case ON_PLATFORM -> Styles.ACCENT;
                case FAILED, MISSED -> Styles.DANGER;
                case PUBLISHING -> Styles.WARNING;
                default -> Styles.TEXT_MUTED;
            });
            Label where = new Label(row.account());
            where.getStyleClass().add(Styles.TEXT_MUTED);
            HBox top = new HBox(10, when, status, where);
            top.setAlignment(Pos.CENTER_LEFT);
            Label text = new Label(post.text().replaceAll("\\s+", " "));
            VBox box = new VBox(2, top, text);
            box.setStyle("-fx-padding: 4 0 6 0;");
            // Wrap within the list rather than scroll sideways.
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            text.maxWidthProperty().bind(box.maxWidthProperty());
            for (String warning : row.warnings()) {
                Label heads = new Label("Before it goes out: " + warning);
                heads.setWrapText(true);
                heads.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                heads.maxWidthProperty().bind(box.maxWidthProperty());
                heads.getStyleClass().add(Styles.WARNING);
                box.getChildren().add(heads);
            }
            if (post.failure() != null && (post.status() == PostStatus.FAILED || post.status() == PostStatus.MISSED)) {
                Label why = new Label(post.failure());
                why.setWrapText(true);
                why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // take the lines it needs
                why.maxWidthProperty().bind(box.maxWidthProperty());
                why.getStyleClass().add(Styles.DANGER);
                box.getChildren().add(why);
            }
            setGraphic(box);
        }
    }
}
