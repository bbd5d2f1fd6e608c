package org.scriptorium.app.research;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.scriptorium.app.common.JobStrip;
import org.scriptorium.core.research.gaps.GapReport;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.keywords.TopicKeywords;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The Keywords, Competitors and Gaps tabs of a topic's page. */
final class TopicInsightsView {
    private static final double TABLE_HEIGHT = 300;

    private final TopicInsightsViewModel model;
    private final Consumer<String> openExternally;

    TopicInsightsView(TopicInsightsViewModel model, Consumer<String> openExternally) {
        this.model = model;
        this.openExternally = openExternally;
    }

    /** Market and seeds, the run button, the keywords by cluster with intent, demand and difficulty, and CSV export. */
    Node keywords() {
        TextField market = new TextField();
        market.setId("keywordMarket");
        market.setPrefColumnCount(5);
        market.textProperty().bindBidirectional(model.marketProperty());
        market.setTooltip(new Tooltip("Region and language, like us-en, de-de or fr-fr"));
        TextField seeds = new TextField();
        seeds.setId("keywordSeeds");
        seeds.setPromptText("Seed phrases, comma-separated");
        seeds.textProperty().bindBidirectional(model.seedsProperty());
        HBox.setHgrow(seeds, Priority.ALWAYS);
        Button run = new Button("Research keywords");
        run.setId("researchKeywords");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.researchKeywords());
        run.disableProperty().bind(model.keywordResearch().runningProperty());
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = new Button("Export CSV…");
        export.setId("exportKeywords");
        export.disableProperty().bind(model.keywordsProperty().isNull());
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("keywords.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            var file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        HBox controls = new HBox(8, market, seeds, run, export);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label summary = wrapped("");
        summary.setId("keywordSummary");
        TableView<Keyword> table = new TableView<>();
        table.setId("keywordTable");
        table.setPrefHeight(TABLE_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Keyword", 260, 140, k -> k.phrase().equals(k.cluster()) ? k.phrase() : "   " + k.phrase()),
                column("Intent", 110, 110, k -> k.intent().label()),
                column("Demand", 95, 95, k -> String.valueOf(k.demand())),
                column("Difficulty", 90, 90, k -> k.difficulty() == null ? "–" : String.valueOf(k.difficulty())),
                column("Trend", 70, 70, k -> k.trend() == null ? "–" : String.format(Locale.ROOT, "%+d%%", k.trend()))));
        table.setPlaceholder(wrapped("No keyword research yet. It asks public autocomplete services what people search for around the "
                + "topic's phrases (needs the network) and keeps the answers with the topic."));
        Runnable show = () -> {
            TopicKeywords kept = model.keywordsProperty().get();
            // Clusters together, each led by its most searched keyword.
            table.getItems().setAll(kept == null ? java.util.List.of() : kept.clusters().values().stream().flatMap(java.util.List::stream).toList());
            summary.setText(kept == null ? "" : kept.keywords().size() + " keywords in " + kept.clusters().size() + " clusters, mostly "
                    + kept.mainIntent().label().toLowerCase(Locale.ROOT) + " · " + kept.market() + " · "
                    + org.scriptorium.app.common.Formats.current().dateTime(kept.researchedAt())
                    + (kept.keywords().stream().allMatch(k -> k.difficulty() == null) ? " · difficulty needs competitor articles" : ""));
        };
        model.keywordsProperty().addListener((o, a, b) -> show.run());
        show.run();
        return new VBox(10, controls, new JobStrip(model.keywordResearch(), "keywordProgress"), summary, table);
    }

    /** Who covered the topic, when and how deeply, and reading the competitors again. */
    Node competitors() {
        Button check = new Button("Check competitors now");
        check.setId("checkCompetitors");
        check.setOnAction(e -> model.checkCompetitors());
        check.disableProperty().bind(model.competitorCheck().runningProperty());
        Label hint = wrapped("Competitor sites are listed in File › Settings › Research. A check reads their new articles, keeping to "
                + "each site's robots.txt.");
        Label summary = wrapped("");
        summary.setId("coverageSummary");
        TableView<GapReport.CoveredBy> table = new TableView<>();
        table.setId("coverageTable");
        table.setPrefHeight(TABLE_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Published", 130, 105, c -> c.publishedAt() == null ? "–" : org.scriptorium.app.common.Formats.current().dateTime(c.publishedAt())),
                column("Competitor", 120, 110, GapReport.CoveredBy::competitor),
                column("Words", 70, 70, c -> String.valueOf(c.words())),
                column("Sections", 85, 85, c -> String.valueOf(c.headings())),
                column("Title", 260, 120, GapReport.CoveredBy::title)));
        table.setRowFactory(v -> {
            var row = new javafx.scene.control.TableRow<GapReport.CoveredBy>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openExternally.accept(row.getItem().url());
                }
            });
            return row;
        });
        table.setPlaceholder(wrapped("No competitor article read covers this topic yet."));
        Runnable show = () -> {
            GapReport report = model.gapsProperty().get();
            table.getItems().setAll(report == null ? java.util.List.of() : report.coveredBy());
            summary.setText(report == null ? "" : report.competitorArticlesRead() == 0 ? "No competitor articles read yet."
                    : report.coveredBy().size() + " of the " + report.competitorArticlesRead() + " competitor articles read cover this topic "
                    + "(double-click one to open it).");
        };
        model.gapsProperty().addListener((o, a, b) -> show.run());
        show.run();
        return new VBox(10, hint, check, new JobStrip(model.competitorCheck(), "competitorProgress"), summary, table);
    }

    /** What competitors cover that the topic's drafts do not, and what only the drafts cover. */
    Node gaps() {
        VBox box = new VBox(6);
        box.setId("gapsSection");
        Runnable show = () -> {
            box.getChildren().clear();
            GapReport report = model.gapsProperty().get();
            if (report == null) {
                return;
            }
            box.getChildren().add(wrapped(report.drafts().isEmpty()
                    ? "No draft started from this topic yet, so each subtopic below is one to cover. Start a draft to compare."
                    : "Compared with " + String.join(", ", report.drafts()) + "."));
            if (report.gaps().isEmpty()) {
                box.getChildren().add(wrapped(report.coveredBy().isEmpty() && report.gaps().isEmpty()
                        ? "Nothing to compare yet: check competitors (Competitors tab) and research keywords (Keywords tab)."
                        : "No gaps: your drafts cover every subtopic and question found."));
            } else {
                box.getChildren().add(heading("Gaps (" + report.gaps().size() + ")"));
                for (GapReport.Gap gap : report.gaps()) {
                    Label what = new Label(gap.subtopic());
                    what.setWrapText(true);
                    what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    Label who = new Label(gap.kind().equals("search") ? "searched for · demand " + gap.demand()
                            : gap.kind() + " of " + String.join(", ", gap.competitors()));
                    who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    VBox item = new VBox(0, what, who);
                    item.getStyleClass().add("gap-item");
                    if (gap.example() != null) {
                        Hyperlink example = new Hyperlink("example");
                        example.getStyleClass().add(Styles.TEXT_SMALL);
                        example.setOnAction(e -> openExternally.accept(gap.example()));
                        item.getChildren().add(example);
                    }
                    box.getChildren().add(item);
                }
            }
            if (!report.onlyYours().isEmpty()) {
                box.getChildren().add(heading("Only yours (" + report.onlyYours().size() + ")"));
                FlowPane chips = new FlowPane(6, 6);
                report.onlyYours().forEach(h -> {
                    Label chip = new Label(h);
                    chip.getStyleClass().addAll("chip", "keyword-chip");
                    chips.getChildren().add(chip);
                });
                box.getChildren().add(chips);
            }
        };
        model.gapsProperty().addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    /** A column never narrower than {@code least}, so its heading is never cut; the text columns give way first. */
    private static <T> TableColumn<T, String> column(String title, double width, double least, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(least);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
