package org.scriptorium.app.research;

import org.scriptorium.app.common.JobStrip;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.Locale;

/** The topic board: discovery, a new topic by hand, sort and filters, and the ranked list. */
final class TopicBoardView extends BorderPane {
    TopicBoardView(TopicBoardViewModel model) {
        getStyleClass().add("topic-board");
        Button discover = new Button("Discover topics");
        discover.setId("discoverTopics");
        discover.getStyleClass().add(Styles.ACCENT);
        discover.setOnAction(e -> model.discover());
        discover.disableProperty().bind(model.discovery().runningProperty());
        Button create = new Button("New topic…");
        create.setId("newTopic");
        create.setOnAction(e -> askTitle().ifPresent(model::create));
        discover.setMinWidth(Region.USE_PREF_SIZE);
        create.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, discover, create);
        setMinWidth(290);

        ComboBox<TopicFilter.TopicOrder> order = new ComboBox<>();
        order.getItems().setAll(TopicFilter.TopicOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("topicOrder");
        order.setConverter(converter(o -> switch (o) {
            case SCORE -> "Best score";
            case FRESHNESS -> "Freshest";
            case RESULTS -> "Best results";
            case PRIORITY -> "Priority";
            case TRENDING -> "Trending";
            case DEMAND -> "Most searched";
        }));
        ComboBox<TopicStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(TopicStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(converter(s -> s == null ? "Any status" : s.label()));
        HBox sorting = new HBox(8, order, status);
        TextField domain = new TextField();
        domain.setPromptText("Domain");
        domain.setPrefColumnCount(7);
        domain.textProperty().bindBidirectional(model.domainProperty());
        TextField market = new TextField();
        market.setPromptText("Market");
        market.setPrefColumnCount(7);
        market.textProperty().bindBidirectional(model.marketProperty());
        ComboBox<org.scriptorium.core.research.topics.SearchIntent> intent = new ComboBox<>();
        intent.getItems().add(null);
        intent.getItems().addAll(org.scriptorium.core.research.topics.SearchIntent.values());
        intent.valueProperty().bindBidirectional(model.intentProperty());
        intent.setId("topicIntent");
        intent.setConverter(converter(i -> i == null ? "Any intent" : i.label()));
        // Wraps the intent onto its own line when the board is narrow, rather than squeezing the fields.
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, domain, market, intent);
        VBox top = new VBox(8, actions, sorting, filters, new JobStrip(model.discovery(), "discoverProgress"));
        top.getStyleClass().add("board-toolbar");
        setTop(top);

        ListView<TopicSummary> list = new ListView<>(model.topics());
        list.setId("topicList");
        list.setCellFactory(v -> new TopicCell(model.pastEngagement()));
        model.pastEngagement().addListener((javafx.collections.MapChangeListener<java.util.UUID, Long>) c -> list.refresh());
        Label empty = new Label("No topics yet.\nPoll your sources, then press Discover topics —\nor write one down with New topic.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        setCenter(list);
    }

    private java.util.Optional<String> askTitle() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("New topic");
        dialog.setHeaderText("What do you want to write about?");
        dialog.getEditor().setId("newTopicTitle");
        dialog.getEditor().setPromptText("e.g. Virtual threads in practice");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Title, then score, status and counts, then keywords. */
    private static final class TopicCell extends ListCell<TopicSummary> {
        private final java.util.Map<java.util.UUID, Long> pastEngagement;

        TopicCell(java.util.Map<java.util.UUID, Long> pastEngagement) {
            this.pastEngagement = pastEngagement;
        }

        @Override
        protected void updateItem(TopicSummary topic, boolean empty) {
            super.updateItem(topic, empty);
            if (empty || topic == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(topic.title());
            title.getStyleClass().add("topic-title");
            title.setWrapText(true);
            Label score = new Label(String.format(Locale.ROOT, "%.0f", topic.measures().score()));
            score.getStyleClass().addAll("chip", "score-chip");
            score.setMinWidth(Region.USE_PREF_SIZE); // the score is never the part that gives way
            var formats = org.scriptorium.app.common.Formats.current();
            Label meta = new Label(topic.status().label() + " · priority " + topic.priority() + " · "
                    + formats.count(topic.measures().sourceCount(), "source") + " · "
                    + formats.count(topic.measures().documentCount(), "document")
                    + (pastEngagement.containsKey(topic.id()) ? " · engagement " + pastEngagement.get(topic.id()) : ""));
            meta.setMinWidth(0);
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(6, score, meta);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, title, line);
            if (!topic.keywords().isEmpty()) {
                Label keywords = new Label(String.join(" · ", topic.keywords().stream().limit(5).toList()));
                keywords.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                box.getChildren().add(keywords);
            }
            // As wide as the list: long lines end in an ellipsis rather than a sideways scroll bar.
            box.setMinWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
