package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/** The Posts area: what is planned, what went out (with its address), what failed and why; and a form to plan one. */
public final class PostsView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    public PostsView(PostsViewModel model, CalendarViewModel calendar, Consumer<String> openExternally) {
        getStyleClass().add("research-view");
        Label title = new Label("Posts");
        title.getStyleClass().add(Styles.TITLE_3);
        Label message = new Label();
        message.setId("postsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        ListView<PostsViewModel.Row> list = new ListView<>(model.posts());
        list.setId("postList");
        list.setPlaceholder(new Label("Nothing planned yet. Plan a post below, or from the command line with scriptorium post new."));
        list.setCellFactory(v -> new PostCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));

        Button sendNow = new Button("Send now");
        sendNow.setId("sendNow");
        sendNow.disableProperty().bind(model.selectedProperty().isNull());
        sendNow.setOnAction(e -> model.sendNow());
        Button cancel = new Button("Cancel post");
        cancel.setId("cancelPost");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(model.selectedProperty().isNull());
        cancel.setOnAction(e -> model.cancel());
        Hyperlink open = new Hyperlink();
        open.setId("openPublished");
        model.selectedProperty().addListener((o, a, row) -> open.setText(row == null || row.post().url() == null ? "" : row.post().url()));
        open.setOnAction(e -> openExternally.accept(open.getText()));
        HBox actions = new HBox(8, sendNow, cancel, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.control.Tab monthTab = new javafx.scene.control.Tab("Calendar", new CalendarPane(calendar));
        javafx.scene.control.Tab listTab = new javafx.scene.control.Tab("List", list);
        javafx.scene.control.TabPane views = new javafx.scene.control.TabPane(monthTab, listTab);
        views.setId("postViews");
        views.getTabs().forEach(t -> t.setClosable(false));
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox content = new VBox(12, title, message, views, actions, composer(model));
        content.getStyleClass().add("research-page");
        setCenter(content);
        model.load();
    }

    private static VBox composer(PostsViewModel model) {
        Label heading = new Label("Plan a post");
        heading.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Account> account = new ComboBox<>(model.accounts());
        account.setId("planAccount");
        account.setPromptText("Account");
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account a) {
                return a == null ? "" : a.network().label() + " · " + a.name();
            }

            @Override
            public Account fromString(String s) {
                return null;
            }
        });
        TextArea text = new TextArea();
        text.textProperty().bindBidirectional(model.composerTextProperty());
        text.setId("planText");
        text.setPromptText("The post");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        DatePicker day = new DatePicker();
        day.setId("planDay");
        day.valueProperty().bindBidirectional(model.composerDayProperty());
        TextField time = new TextField();
        time.setId("planTime");
        time.textProperty().bindBidirectional(model.composerTimeProperty());
        time.setPrefColumnCount(5);
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("planZone");
        zone.setEditable(true);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.valueProperty().bindBidirectional(model.composerZoneProperty());
        Button plan = new Button("Plan");
        plan.setId("planPost");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setOnAction(e -> {
            ZoneId chosen;
            try {
                chosen = ZoneId.of(zone.getValue());
            } catch (RuntimeException unknown) {
                chosen = ZoneId.systemDefault();
            }
            model.plan(account.getValue(), text.getText(), day.getValue(), time.getText(), chosen);
        });
        HBox when = new HBox(8, account, day, time, zone, plan);
        when.setAlignment(Pos.CENTER_LEFT);
        Label source = new Label();
        source.setId("planSource");
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.textProperty().bind(model.composerSourceProperty());
        return new VBox(8, new HBox(10, heading, source), text, when);
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
            Label when = new Label(post.plannedLocal() == null ? "Not scheduled" : WHEN.format(post.plannedLocal()) + " · " + post.zone().getId());
            when.getStyleClass().add(Styles.TEXT_BOLD);
            Label status = new Label(post.status().name().toLowerCase(Locale.ROOT));
            status.getStyleClass().addAll("chip", switch (post.status()) {
                case PUBLISHED -> Styles.SUCCESS;
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
