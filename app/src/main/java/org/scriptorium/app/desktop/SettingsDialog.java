package org.scriptorium.app.desktop;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.app.posts.PostAlertsViewModel;
import org.scriptorium.app.posts.QueueViewModel;
import org.scriptorium.app.research.SourcesViewModel;
import org.scriptorium.app.updates.UpdateNoticeViewModel;

/**
 * File › Settings…: every setting in one window, by topic (what was spread over the Sources and Queue areas and the
 * View and Help menus). Each control works on the view model that already owned the setting.
 */
final class SettingsDialog {
    /** What the dialog works on, and the windows it leads to. */
    record Parts(Theme theme, PostAlertsViewModel alerts, UpdateNoticeViewModel updates, SourcesViewModel research,
                 QueueViewModel queue, boolean remoteImages, java.util.function.Consumer<Boolean> setRemoteImages,
                 Runnable showProviders, Runnable showSync, org.scriptorium.app.notion.NotionSettingsViewModel notion) {
    }

    private SettingsDialog() {
    }

    static void show(Window owner, Parts parts) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 620);
        dialog.setTitle("Settings");
        TabPane tabs = new TabPane(tab("General", general(parts)), tab("Writing", writing(parts)), tab("Research", research(parts)),
                tab("Publishing", publishing(parts)), tab("Sync", sync(parts)), tab("Notion", new org.scriptorium.app.notion.NotionSettingsView(parts.notion())));
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        parts.research().loadSettings();
        parts.notion().load();
        dialog.show();
    }

    private static Tab tab(String name, VBox content) {
        content.setSpacing(12);
        content.getStyleClass().add("settings-page");
        Tab tab = new Tab(name, content);
        tab.setId("settings" + name);
        return tab;
    }

    private static VBox general(Parts parts) {
        ToggleGroup themes = new ToggleGroup();
        HBox themeRow = new HBox(12);
        for (Theme.Choice choice : Theme.Choice.values()) {
            RadioButton option = new RadioButton(choice.label());
            option.setToggleGroup(themes);
            parts.theme().offer(option, choice);
            themeRow.getChildren().add(option);
        }
        CheckBox notifications = new CheckBox("Desktop notifications when a post fails");
        notifications.setSelected(parts.alerts().desktopNotificationsProperty().get());
        notifications.setOnAction(e -> parts.alerts().setDesktopNotifications(notifications.isSelected()));
        CheckBox updates = new CheckBox("Check for a new release once a day");
        updates.setSelected(parts.updates().automaticProperty().get());
        updates.setOnAction(e -> parts.updates().setAutomatic(updates.isSelected()));
        CheckBox remote = new CheckBox("Load remote images in the preview");
        remote.setSelected(parts.remoteImages());
        remote.setOnAction(e -> parts.setRemoteImages().accept(remote.isSelected()));
        return new VBox(heading("Theme"), themeRow, heading("Notifications and updates"), notifications, updates,
                heading("Preview"), remote, muted("Off, the preview loads nothing from the network: a draft cannot tell anyone you opened it."));
    }

    private static VBox writing(Parts parts) {
        return leadsTo("Models", "Which model writes, rewrites and makes images; what each costs and the monthly budget. "
                + "Without a provider, writing uses the built-in offline engine.", "AI providers, prices and budget…", parts.showProviders());
    }

    private static VBox research(Parts parts) {
        SourcesViewModel model = parts.research();
        TextField search = new TextField();
        search.setId("webSearchAddress");
        search.setPromptText("http://localhost:8888");
        search.textProperty().bindBidirectional(model.webSearchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Spinner<Double> threshold = new Spinner<>(0.1, 1.0, 0.4, 0.05);
        threshold.setEditable(true);
        threshold.setPrefWidth(100);
        threshold.setTooltip(new Tooltip("How alike two documents must be (shared word sequences, 0–1) to be grouped as one story"));
        threshold.getValueFactory().valueProperty().addListener((o, a, b) -> model.thresholdProperty().set(b));
        model.thresholdProperty().addListener((o, a, b) -> threshold.getValueFactory().setValue(b.doubleValue()));
        Button save = new Button("Save");
        save.setId("saveResearchSettings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.saveSettings());
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Web search (SearXNG)"), search);
        form.addRow(1, new Label("Same story when at least"), new HBox(8, threshold, new Label("alike")));
        GridPane.setHgrow(search, Priority.ALWAYS);
        return new VBox(heading("Research"), muted("A SearXNG instance lets research search the web beyond your sources. "
                + "Documents this alike are grouped as one story."), form, save, semantic(model), heading("Competitors"),
                muted("Sites whose recent articles a topic's Competitors and Gaps compare with your drafts."),
                new org.scriptorium.app.research.CompetitorsPane(model.competitors()));
    }

    /** Semantic reranking: on or off when its add-on is installed, and what it does. */
    private static VBox semantic(SourcesViewModel model) {
        CheckBox on = new CheckBox("Order research sources by meaning (semantic reranking)");
        on.setId("semanticReranking");
        on.selectedProperty().bindBidirectional(model.semanticOnProperty());
        on.disableProperty().bind(model.semanticInstalledProperty().not());
        on.setOnAction(e -> model.setSemantic(on.isSelected()));
        Label status = new Label();
        status.setId("semanticStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.semanticStatusProperty());
        return new VBox(4, on, status);
    }

    private static VBox publishing(Parts parts) {
        QueueViewModel queue = parts.queue();
        TextField late = new TextField();
        late.setId("catchUp");
        late.setPrefColumnCount(6);
        late.textProperty().bindBidirectional(queue.catchUpProperty());
        late.setOnAction(e -> queue.saveCatchUp());
        Button save = new Button("Save");
        save.setId("saveCatchUp");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> queue.saveCatchUp());
        HBox row = new HBox(8, new Label("Catch up on posts late by at most"), late, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(heading("Catching up"), muted("A post that came due while Scriptorium was closed goes out when it opens, if it "
                + "is at most this late (e.g. 2h, 90m); later, it is marked missed and waits for you."), row,
                heading("Posting slots"), muted("Each account's slots are set in Posts › Queue."));
    }

    private static VBox sync(Parts parts) {
        return leadsTo("Sync", "Keep several computers in step through your own PostgreSQL, and see this account's "
                + "devices and conflicts.", "Sync…", parts.showSync());
    }

    /** A page whose settings have a window of their own: what they are, and the button that opens it. */
    private static VBox leadsTo(String title, String what, String button, Runnable open) {
        Button opens = new Button(button);
        opens.setOnAction(e -> open.run());
        return new VBox(heading(title), muted(what), opens);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut to "…"
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
