package org.scriptorium.app.analytics;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.app.common.Formats;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Snapshot;

/**
 * The Analytics area: the period and the account, the totals, engagement day by day, the top posts, the chosen
 * post's curve, and for one account its best times as a weekday × hour heatmap that can become its posting slots.
 */
public final class AnalyticsView extends BorderPane {
    public AnalyticsView(AnalyticsViewModel model) {
        getStyleClass().add("analytics-view");
        Label heading = new Label("Analytics");
        heading.getStyleClass().add(Styles.TITLE_3);

        ToggleGroup periods = new ToggleGroup();
        HBox periodChoice = new HBox();
        periodChoice.getStyleClass().add("period-switch");
        for (int days : AnalyticsViewModel.PERIODS) {
            ToggleButton option = new ToggleButton(days + " days");
            option.setId("period" + days);
            option.setToggleGroup(periods);
            option.setSelected(model.periodDaysProperty().get() == days);
            option.getStyleClass().add(days == AnalyticsViewModel.PERIODS.getFirst() ? Styles.LEFT_PILL
                    : days == AnalyticsViewModel.PERIODS.getLast() ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            option.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    model.periodDaysProperty().set(days);
                }
            });
            periodChoice.getChildren().add(option);
        }
        periods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one period is always chosen
            }
        });
        ComboBox<Account> account = new ComboBox<>();
        account.setId("analyticsAccount");
        account.getItems().add(null);
        model.accounts().addListener((javafx.collections.ListChangeListener<Account>) c -> {
            Account kept = account.getValue();
            account.getItems().setAll(new java.util.ArrayList<Account>(java.util.Collections.singletonList(null)));
            account.getItems().addAll(model.accounts());
            account.setValue(kept == null ? null : model.accounts().stream().filter(a -> a.id().equals(kept.id())).findFirst().orElse(null));
        });
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account a) {
                return a == null ? "Every account" : a.network().label() + " · " + a.name();
            }

            @Override
            public Account fromString(String s) {
                return null;
            }
        });
        account.setValue(null);
        account.valueProperty().addListener((o, a, b) -> model.accountProperty().set(b));
        Button refresh = new Button("Refresh now");
        refresh.setId("analyticsRefresh");
        refresh.setTooltip(new Tooltip("Read every published post's numbers from its network now"));
        refresh.setOnAction(e -> model.refreshNow());
        Button export = new Button("Export…");
        export.setId("analyticsExport");
        export.setTooltip(new Tooltip("Every snapshot of the shown posts, as CSV or JSON"));
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export what the posts did");
            chooser.setInitialFileName("scriptorium-analytics.csv");
            chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"),
                    new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        for (Region keep : new Region[]{periodChoice, refresh, export}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        account.setMinWidth(120);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(8, periodChoice, account, gap, export, refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label totals = new Label();
        totals.setId("analyticsTotals");
        totals.setWrapText(true);
        totals.getStyleClass().add(Styles.TEXT_MUTED);

        CategoryAxis dayAxis = new CategoryAxis();
        NumberAxis engagementAxis = new NumberAxis();
        engagementAxis.setLabel("Engagement");
        engagementAxis.setMinorTickVisible(false);
        LineChart<String, Number> daily = new LineChart<>(dayAxis, engagementAxis);
        daily.setId("analyticsDaily");
        daily.setTitle("Engagement of the posts that went out each day");
        daily.setLegendVisible(false);
        daily.setAnimated(false);
        daily.setMinHeight(220);
        daily.setPrefHeight(260);

        TableView<AnalyticsViewModel.Row> top = new TableView<>();
        top.setId("analyticsTopPosts");
        top.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        top.setPlaceholder(new Label("No posts went out in this period yet."));
        top.setPrefHeight(240);
        TableColumn<AnalyticsViewModel.Row, String> post = column("Post", r -> r.text());
        post.setPrefWidth(260);
        post.setMinWidth(160);
        top.getColumns().add(post);
        top.getColumns().add(column("Account", AnalyticsViewModel.Row::account));
        top.getColumns().add(column("Went out", r -> Formats.current().dateTime(r.publishedAt())));
        top.getColumns().add(column("Engagement", r -> String.valueOf(r.engagement())));
        top.getColumns().add(column("Reactions", r -> shown(r.reactions())));
        top.getColumns().add(column("Comments", r -> shown(r.comments())));
        top.getColumns().add(column("Shares", r -> shown(r.shares())));
        top.getColumns().add(column("Views", r -> shown(r.views())));
        top.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedPostProperty().set(b));
        javafx.scene.control.TabPane lists = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Top posts", top),
                new javafx.scene.control.Tab("By draft", workTable("analyticsByDraft", "Draft", model.byDraft(),
                        "None of this period's posts came from a draft yet.")),
                new javafx.scene.control.Tab("By topic", workTable("analyticsByTopic", "Topic", model.byTopic(),
                        "None of this period's posts came from a draft started on a topic yet.")));
        lists.setId("analyticsLists");
        lists.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.setMinHeight(260);

        CategoryAxis takenAxis = new CategoryAxis();
        NumberAxis countAxis = new NumberAxis();
        countAxis.setMinorTickVisible(false);
        LineChart<String, Number> curve = new LineChart<>(takenAxis, countAxis);
        curve.setId("analyticsCurve");
        curve.setTitle("Choose a post to see its numbers grow");
        curve.setAnimated(false);
        curve.setMinHeight(200);
        curve.setPrefHeight(240);
        // What the network said of the chosen post's numbers: not available with the account's permissions, and how to get them.
        Label curveNote = new Label();
        curveNote.setId("analyticsCurveNote");
        curveNote.setWrapText(true);
        curveNote.setMinHeight(Region.USE_PREF_SIZE);
        curveNote.getStyleClass().add(Styles.TEXT_MUTED);
        curveNote.managedProperty().bind(curveNote.textProperty().isNotEmpty());
        curveNote.visibleProperty().bind(curveNote.managedProperty());
        model.selectedPostProperty().addListener((o, a, row) -> curveNote.setText(row == null || row.note() == null ? "" : row.note()));

        HeatmapPane heatmap = new HeatmapPane();
        Button useSlots = new Button("Use these as posting slots");
        useSlots.setId("useBestTimes");
        useSlots.setOnAction(e -> model.useBestTimesAsSlots());
        Label bestTitle = new Label("When this account's posts do best");
        bestTitle.getStyleClass().add(Styles.TITLE_4);
        Label bestSaid = new Label();
        bestSaid.setId("bestTimesSaid");
        bestSaid.setWrapText(true);
        bestSaid.getStyleClass().add(Styles.TEXT_MUTED);
        VBox best = new VBox(8, bestTitle, bestSaid, heatmap, useSlots);
        best.visibleProperty().bind(model.bestTimesProperty().isNotNull());
        best.managedProperty().bind(best.visibleProperty());
        model.bestTimesProperty().addListener((o, a, result) -> {
            heatmap.show(result);
            useSlots.setDisable(result == null || result.best().isEmpty());
            bestSaid.setText(result == null ? "" : result.best().isEmpty()
                    ? "Not enough measured posts yet: a weekday and hour needs two posts that beat the account's average (" + result.posts() + " so far)."
                    : "Best: " + result.slots(model.bestTimesZoneProperty().get()) + " (" + Formats.current().zone(model.bestTimesZoneProperty().get())
                    + "), from " + Formats.current().count(result.posts(), "measured post") + ".");
        });

        Tooltip pointTip = new Tooltip();
        model.overviewProperty().addListener((o, a, shown) -> {
            totals.setText(shown.posts() == 0 ? "No posts went out in this period yet. Numbers are read an hour after a post goes out."
                    : Formats.current().count(shown.posts(), "post") + " · engagement " + shown.engagement() + " · " + shown.reactions()
                    + " reactions · " + shown.comments() + " comments · " + shown.shares() + " shares"
                    + (shown.byNetwork().size() < 2 ? "" : "\nBy network: " + String.join(" · ", shown.byNetwork().stream()
                    .map(n -> n.network() + " " + Formats.current().count(n.posts(), "post") + ", engagement " + n.engagement()).toList())));
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (AnalyticsViewModel.Day day : shown.days()) {
                series.getData().add(new XYChart.Data<>(Formats.current().monthDay(day.day()), day.engagement()));
            }
            daily.getData().setAll(java.util.List.of(series));
            // One tooltip for every point, its words set as the pointer reaches one: ninety tooltips cost the first frame.
            for (int i = 0; i < series.getData().size(); i++) {
                AnalyticsViewModel.Day day = shown.days().get(i);
                javafx.scene.Node point = series.getData().get(i).getNode();
                Tooltip.install(point, pointTip);
                point.setOnMouseEntered(e -> pointTip.setText(Formats.current().fullDate(day.day()) + ": engagement "
                        + day.engagement() + " from " + Formats.current().count(day.posts(), "post")));
            }
            top.getItems().setAll(shown.top());
        });
        model.curve().addListener((javafx.collections.ListChangeListener<Snapshot>) c -> {
            XYChart.Series<String, Number> reactions = new XYChart.Series<>();
            reactions.setName("Reactions");
            XYChart.Series<String, Number> comments = new XYChart.Series<>();
            comments.setName("Comments");
            XYChart.Series<String, Number> shares = new XYChart.Series<>();
            shares.setName("Shares");
            for (Snapshot s : model.curve()) {
                String at = Formats.current().dateTime(s.takenAt());
                // Only what the network gave: a count it does not give is left out, not drawn as zero.
                if (s.counts().reactions() != null) {
                    reactions.getData().add(new XYChart.Data<>(at, s.counts().reactions()));
                }
                if (s.counts().comments() != null) {
                    comments.getData().add(new XYChart.Data<>(at, s.counts().comments()));
                }
                if (s.counts().shares() != null) {
                    shares.getData().add(new XYChart.Data<>(at, s.counts().shares()));
                }
            }
            curve.setTitle(model.selectedPostProperty().get() == null ? "Choose a post to see its numbers grow"
                    : "\u201c" + shorten(model.selectedPostProperty().get().text()) + "\u201d over time");
            curve.getData().setAll(java.util.List.of(reactions, comments, shares));
        });

        VBox page = new VBox(12, toolbar, totals, daily, lists, curve, curveNote, best);
        page.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setTop(new VBox(heading));
        BorderPane.setMargin(getTop(), new Insets(16, 20, 0, 20));
        setCenter(scroll);
        model.load();
    }

    private static <R> TableColumn<R, String> column(String name, java.util.function.Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(name);
        // A heading is never cut: the column keeps room for its name (the table scrolls sideways when narrow).
        column.setMinWidth(new javafx.scene.text.Text(name).getLayoutBounds().getWidth() * 1.25 + 28);
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    /** A draft's or topic's posts added up, best first. */
    private static TableView<WorkResults.Row> workTable(String id, String what, javafx.collections.ObservableList<WorkResults.Row> rows, String empty) {
        TableView<WorkResults.Row> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setPrefHeight(240);
        TableColumn<WorkResults.Row, String> title = column(what, WorkResults.Row::title);
        title.setMinWidth(160);
        title.setPrefWidth(420);
        table.getColumns().add(title);
        table.getColumns().add(column("Posts", r -> String.valueOf(r.posts())));
        table.getColumns().add(column("Engagement", r -> String.valueOf(r.engagement())));
        return table;
    }

    /** A count, or "–" where the network does not give it. */
    private static String shown(Long count) {
        return count == null ? "–" : String.valueOf(count);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
