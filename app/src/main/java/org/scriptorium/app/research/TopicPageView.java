package org.scriptorium.app.research;

import org.scriptorium.app.common.JobStrip;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A topic's page: measures, status, research with progress, the report with clickable citations, documents. */
final class TopicPageView extends StackPane {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    private final TopicPageViewModel model;
    private final Consumer<String> openExternally;
    private final VBox content = new VBox(14);
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab reportTab = new javafx.scene.control.Tab("Report");
    private final Label empty = new Label("Choose a topic to see its documents and research,\nor discover topics from your sources.");

    TopicPageView(TopicPageViewModel model, Consumer<String> openExternally) {
        this.model = model;
        this.openExternally = openExternally;
        getStyleClass().add("topic-page");
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state");
        content.getStyleClass().add("topic-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.topicProperty().isNotNull());
        empty.visibleProperty().bind(model.topicProperty().isNull());
        getChildren().addAll(empty, scroll);
        model.topicProperty().addListener((o, a, b) -> rebuild());
        model.reportProperty().addListener((o, a, b) -> rebuild());
        model.documents().addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> rebuild());
        // Built once: their controls follow the insights' properties as topics change.
        TopicInsightsView insights = new TopicInsightsView(model.insights(), openExternally);
        reportTab.setId("reportTab");
        tabs.getTabs().setAll(reportTab, tab("Keywords", insights.keywords()), tab("Competitors", insights.competitors()),
                tab("Gaps", insights.gaps()));
        tabs.setId("topicTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    private static javafx.scene.control.Tab tab(String name, Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(name, content);
        tab.setId(name.toLowerCase(Locale.ROOT) + "Tab");
        return tab;
    }

    private void rebuild() {
        TopicSummary topic = model.topicProperty().get();
        if (topic == null) {
            content.getChildren().clear();
            return;
        }
        Label title = new Label(topic.title());
        title.setId("topicTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        var formats = org.scriptorium.app.common.Formats.current();
        Label measures = new Label(String.format(Locale.ROOT, "Score %.0f · ", topic.measures().score())
                + formats.count(topic.measures().sourceCount(), "source") + " · " + formats.count(topic.measures().documentCount(), "document")
                + " · engagement " + topic.measures().engagement() + (topic.label().isEmpty() ? "" : " · " + topic.label()));
        measures.getStyleClass().add(Styles.TEXT_MUTED);
        Label fields = new Label(TopicPageViewModel.fields(topic));
        fields.setId("topicFields");
        fields.getStyleClass().add(Styles.TEXT_MUTED);
        // What the score is made of: when it rose or fell, the part that moved says why.
        Label why = new Label(TopicPageViewModel.whyScore(topic.measures()));
        why.setId("topicScoreWhy");
        why.setWrapText(true);
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        why.managedProperty().bind(why.textProperty().isNotEmpty());

        ComboBox<TopicStatus> status = new ComboBox<>();
        status.getItems().setAll(TopicStatus.values());
        status.setValue(topic.status());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(TopicStatus s) {
                return s == null ? "" : s.label();
            }

            @Override
            public TopicStatus fromString(String s) {
                return null;
            }
        });
        status.setOnAction(e -> model.setStatus(status.getValue()));
        Button research = new Button(model.reportProperty().get() == null ? "Research this topic" : "Research again");
        research.setId("runResearch");
        research.getStyleClass().add(Styles.ACCENT);
        research.setOnAction(e -> model.runResearch());
        research.disableProperty().bind(model.researching().runningProperty());
        Button draft = new Button("Start a draft");
        draft.setId("startDraft");
        draft.setOnAction(e -> model.startDraft());
        draft.setTooltip(new javafx.scene.control.Tooltip("An outline and the reference list, for you to write"));
        Button write = new Button("Write the draft");
        write.setId("writeDraft");
        write.setOnAction(e -> model.writeDraft());
        write.setTooltip(new javafx.scene.control.Tooltip("The whole post written from the research, streamed into the editor "
                + "(by your writing provider, or the offline engine)"));
        // Wraps onto a second line in a narrow window rather than cutting the buttons' words.
        Button notion = new Button("Sync with Notion");
        notion.setId("syncNotion");
        notion.setTooltip(new javafx.scene.control.Tooltip("Sends this topic and every other changed one to the connected Notion database "
                + "and brings status and priority edited there back"));
        notion.setOnAction(e -> model.syncWithNotion());
        notion.visibleProperty().bind(model.notionConnectedProperty());
        notion.managedProperty().bind(model.notionConnectedProperty());
        notion.disableProperty().bind(model.notionSync().runningProperty());
        FlowPane actions = new FlowPane(8, 8, status, priority(topic), intent(topic), research, draft, write, notion);
        actions.setAlignment(Pos.CENTER_LEFT);

        content.getChildren().setAll(title, measures, fields, why);
        if (!topic.keywords().isEmpty() || !topic.entities().isEmpty()) {
            FlowPane chips = new FlowPane(6, 6);
            topic.entities().stream().limit(6).forEach(e -> chips.getChildren().add(chip(e, "entity-chip")));
            java.util.Set<String> shown = new java.util.HashSet<>();
            topic.entities().stream().limit(6).forEach(e -> shown.add(e.toLowerCase(Locale.ROOT)));
            topic.keywords().stream().filter(k -> !shown.contains(k.toLowerCase(Locale.ROOT))).limit(8)
                    .forEach(k -> chips.getChildren().add(chip(k, "keyword-chip")));
            content.getChildren().add(chips);
        }
        content.getChildren().addAll(actions, new JobStrip(model.researching(), "researchProgress"));
        // A document the report cites is listed once, under its Sources; the rest of the topic's documents follow.
        StoredReport report = model.reportProperty().get();
        java.util.Set<java.util.UUID> cited = report == null ? java.util.Set.of() : report.report().sources().stream()
                .map(ReportSource::documentId).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        VBox reportPage = new VBox(14, reportSection(report),
                documentsSection(model.documents().stream().filter(d -> !cited.contains(d.id())).toList(), !cited.isEmpty()));
        reportPage.getStyleClass().add("topic-tab-page");
        reportTab.setContent(reportPage);
        content.getChildren().add(tabs);
    }

    /** Priority 1–10 as the user sets it, or the suggested one. */
    private ComboBox<Integer> priority(TopicSummary topic) {
        ComboBox<Integer> priority = new ComboBox<>();
        priority.setId("topicPriority");
        priority.getItems().add(null);
        for (int p = 10; p >= 1; p--) {
            priority.getItems().add(p);
        }
        priority.setValue(topic.fields().priority());
        int suggested = topic.fields().suggestedPriority(topic.measures().score());
        priority.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer p) {
                return p == null ? "Priority " + suggested + " (suggested)" : "Priority " + p;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        priority.setTooltip(new javafx.scene.control.Tooltip("Suggested from the topic's score, its best keyword's demand and its trend"));
        priority.setOnAction(e -> model.plan(priority.getValue(), topic.fields().intent()));
        return priority;
    }

    private ComboBox<org.scriptorium.core.research.topics.SearchIntent> intent(TopicSummary topic) {
        ComboBox<org.scriptorium.core.research.topics.SearchIntent> intent = new ComboBox<>();
        intent.setId("topicIntentChoice");
        intent.getItems().add(null);
        intent.getItems().addAll(org.scriptorium.core.research.topics.SearchIntent.values());
        intent.setValue(topic.fields().intent());
        intent.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.scriptorium.core.research.topics.SearchIntent i) {
                return i == null ? "Intent not set" : i.label();
            }

            @Override
            public org.scriptorium.core.research.topics.SearchIntent fromString(String s) {
                return null;
            }
        });
        intent.setOnAction(e -> model.plan(topic.fields().priority(), intent.getValue()));
        return intent;
    }

    private Node reportSection(StoredReport stored) {
        VBox section = new VBox(8);
        section.setId("reportSection");
        Label heading = new Label("Research report");
        heading.getStyleClass().add(Styles.TITLE_4);
        section.getChildren().add(heading);
        if (stored == null) {
            Label none = new Label("No research yet. Research gathers this topic's documents, matching documents and, if you set "
                    + "a web search, web pages, and writes a summary where every claim cites its source.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            section.getChildren().add(none);
            return section;
        }
        Map<Integer, ReportSource> sources = new HashMap<>();
        stored.report().sources().forEach(s -> sources.put(s.number(), s));
        Label version = new Label("Version " + stored.version() + " · " + stored.synthesizer() + " synthesis · "
                + org.scriptorium.app.common.Formats.current().count(stored.report().sources().size(), "source"));
        version.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        section.getChildren().addAll(version, cited(stored.report().summary(), sources));
        addList(section, "Key points", stored.report().keyPoints(), sources);
        addList(section, "Open questions", stored.report().openQuestions(), sources);
        Label sourcesHeading = new Label("Sources");
        sourcesHeading.getStyleClass().add(Styles.TEXT_BOLD);
        section.getChildren().add(sourcesHeading);
        for (ReportSource s : stored.report().sources()) {
            Hyperlink link = new Hyperlink("[" + s.number() + "] " + s.title());
            link.setWrapText(true);
            link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to a second line rather than ending in "…"
            link.setOnAction(e -> openExternally.accept(s.url()));
            section.getChildren().add(link);
        }
        return section;
    }

    private void addList(VBox section, String title, List<String> items, Map<Integer, ReportSource> sources) {
        if (items.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        section.getChildren().add(heading);
        for (String item : items) {
            TextFlow flow = cited("•  " + item, sources);
            section.getChildren().add(flow);
        }
    }

    /** Text whose [n] citations are links that open source n in the browser. */
    private TextFlow cited(String text, Map<Integer, ReportSource> sources) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("report-text");
        Matcher m = CITATION.matcher(text);
        int at = 0;
        while (m.find()) {
            flow.getChildren().add(new Text(text.substring(at, m.start())));
            ReportSource source = sources.get(Integer.parseInt(m.group(1)));
            if (source != null) {
                // A text run, not a Hyperlink: a control inside a TextFlow swallowed the full stop that followed it.
                Text link = new Text(m.group());
                link.getStyleClass().add("citation");
                link.setCursor(javafx.scene.Cursor.HAND);
                link.setOnMouseClicked(e -> openExternally.accept(source.url()));
                javafx.scene.control.Tooltip.install(link, new javafx.scene.control.Tooltip(source.title() + "\n" + source.url()));
                flow.getChildren().add(link);
            }
            at = m.end();
        }
        flow.getChildren().add(new Text(text.substring(at)));
        return flow;
    }

    private Node documentsSection(List<DocumentSummary> documents, boolean someCited) {
        VBox section = new VBox(4);
        Label heading = new Label((someCited ? "Other documents (" : "Documents (") + documents.size() + ")");
        heading.getStyleClass().add(Styles.TITLE_4);
        section.getChildren().add(heading);
        if (documents.isEmpty()) {
            Label none = new Label(someCited ? "The report cites every document of this topic."
                    : "This topic has no documents of its own; research will look for matching ones.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            section.getChildren().add(none);
        }
        for (DocumentSummary d : documents.stream().limit(50).toList()) {
            Hyperlink link = new Hyperlink(d.title());
            link.setWrapText(true);
            link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps to a second line rather than ending in "…"
            link.setOnAction(e -> openExternally.accept(d.url()));
            Label host = new Label(hostOf(d.url()) + (d.engagement() > 0 ? " · " + d.engagement() + " points and comments" : ""));
            host.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            section.getChildren().add(new VBox(0, link, host));
        }
        return section;
    }

    private static Label chip(String text, String style) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", style);
        return chip;
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
