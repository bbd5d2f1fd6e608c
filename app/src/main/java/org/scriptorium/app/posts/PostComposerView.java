package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scriptorium.core.accounts.Account;


/**
 * The "Plan a post" panel beside the calendar: the account, the text, a first comment where the network takes one,
 * images, and when (a day, a time, a zone), then Plan, or Add to queue for the account's next free slot.
 */
final class PostComposerView extends VBox {
    private static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over-limit");
    /** The time beside its zone, under the day: each field keeps room for what it shows in a narrow composer. */
    private static HBox timeAndZone(javafx.scene.Node time, javafx.scene.control.ComboBox<String> zone) {
        HBox.setHgrow(zone, Priority.ALWAYS);
        zone.setMinWidth(0);
        return new HBox(8, time, zone);
    }

    PostComposerView(PostsViewModel posts, Runnable onConnect) {
        super(8);
        PostComposerViewModel model = posts.composer();
        getStyleClass().add("post-composer");
        setStyle("-fx-padding: 16 16 16 12;");
        setMinWidth(260);
        Label heading = new Label("Plan a post");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label source = new Label();
        source.setId("planSource");
        source.setWrapText(true);
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.textProperty().bind(model.sourceProperty());
        source.managedProperty().bind(source.textProperty().isNotEmpty());

        ComposerAccounts accounts = new ComposerAccounts(posts.accounts(), model);
        TextArea text = new TextArea();
        text.textProperty().bindBidirectional(model.textProperty());
        text.setId("planText");
        text.setPromptText("The post");
        text.setPrefRowCount(8);
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        TextField firstComment = new TextField();
        firstComment.setId("planFirstComment");
        firstComment.setPromptText("First comment, posted under it at once");
        firstComment.textProperty().bindBidirectional(model.firstCommentProperty());
        firstComment.visibleProperty().bind(model.firstCommentAllowedProperty());
        firstComment.managedProperty().bind(firstComment.visibleProperty());

        DatePicker day = new DatePicker();
        day.setConverter(org.scriptorium.app.common.Formats.current().dayConverter());
        day.setId("planDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(day, Priority.ALWAYS);
        TextField time = new TextField();
        time.setId("planTime");
        time.textProperty().bindBidirectional(model.timeProperty());
        time.setPrefColumnCount(4);
        time.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("planZone");
        zone.setEditable(true);
        org.scriptorium.app.common.ZonePicker.setUp(zone);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setMaxWidth(Double.MAX_VALUE);

        Button plan = new Button("Plan");
        plan.setId("planPost");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setDefaultButton(false);
        plan.setOnAction(e -> model.planAsWritten());
        Button queue = new Button("Add to queue");
        queue.setId("addToQueue");
        queue.setOnAction(e -> model.addToQueueAsWritten());
        for (Button b : new Button[]{plan, queue}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, plan, new Label("or"), queue);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label whenLabel = new Label("When");
        whenLabel.getStyleClass().add(Styles.TEXT_MUTED);
        // Counted as the chosen account's network counts, while typing; the feed's view on demand.
        // One count per chosen network, so the one the text is too long for stands out.
        javafx.scene.layout.FlowPane count = new javafx.scene.layout.FlowPane(10, 4);
        count.setId("planCount");
        model.counts().addListener((javafx.collections.ListChangeListener<ComposerCounts.NetworkCount>) change ->
                count.getChildren().setAll(model.counts().stream().map(c -> {
                    Label figure = new Label(c.text(), org.scriptorium.app.common.AccountPicture.network(c.platform()));
                    figure.getStyleClass().add("post-count");
                    figure.setMinWidth(Region.USE_PREF_SIZE);
                    figure.pseudoClassStateChanged(OVER, !c.fits());
                    figure.setAccessibleText(c.platform().label() + " " + c.text());
                    return figure;
                }).toList()));
        javafx.scene.control.ToggleButton previewToggle = new javafx.scene.control.ToggleButton("Preview");
        previewToggle.setId("planPreviewToggle");
        previewToggle.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        previewToggle.disableProperty().bind(model.platformProperty().isNull());
        previewToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox countRow = new HBox(8, count, previewToggle);
        countRow.setAlignment(Pos.CENTER_LEFT);
        org.scriptorium.app.writing.PostPreviewCard card = new org.scriptorium.app.writing.PostPreviewCard("");
        card.setId("planPreview");
        card.setMinWidth(0);
        card.visibleProperty().bind(previewToggle.selectedProperty().and(model.platformProperty().isNotNull()));
        card.managedProperty().bind(card.visibleProperty());
        // Several accounts: the preview shows one of them, chosen here.
        ComboBox<Account> previewAs = new ComboBox<>(model.chosen());
        previewAs.setId("planPreviewAs");
        previewAs.setConverter(PostsView.ACCOUNT_NAMES);
        previewAs.valueProperty().bindBidirectional(model.previewAsProperty());
        previewAs.setMaxWidth(Double.MAX_VALUE);
        var several = javafx.beans.binding.Bindings.size(model.chosen()).greaterThan(1);
        previewAs.visibleProperty().bind(card.visibleProperty().and(several));
        previewAs.managedProperty().bind(previewAs.visibleProperty());
        Runnable redraw = () -> {
            Account chosen = model.previewAsProperty().get();
            card.setAuthor(chosen);
            if (card.isVisible() && model.preview() != null) {
                card.show(model.preview(), null);
            }
        };
        model.textProperty().addListener((o, a, b) -> redraw.run());
        model.tagsNoteProperty().addListener((o, a, b) -> redraw.run());
        // One short line (the form must fit a 640-pixel window); what the links carry is in its tooltip and in the preview.
        Label tagsNote = new Label("Links tagged for your web analytics");
        tagsNote.setId("planTagsNote");
        tagsNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        javafx.scene.control.Tooltip tagsTip = new javafx.scene.control.Tooltip();
        tagsTip.textProperty().bind(model.tagsNoteProperty());
        tagsTip.setWrapText(true);
        tagsTip.setMaxWidth(360);
        tagsNote.setTooltip(tagsTip);
        tagsNote.visibleProperty().bind(card.visibleProperty().and(model.tagsNoteProperty().isNotEmpty()));
        tagsNote.managedProperty().bind(tagsNote.visibleProperty());
        model.previewAsProperty().addListener((o, a, b) -> redraw.run());
        card.visibleProperty().addListener((o, a, b) -> redraw.run());

        VBox form = new VBox(getSpacing(), source, accounts, text, countRow, previewAs, card, tagsNote, firstComment, new ComposerImagesRow(model), whenLabel,
                day, timeAndZone(time, zone), buttons);
        VBox.setVgrow(form, javafx.scene.layout.Priority.ALWAYS);
        // No account to post to: the form would lead nowhere, so it says what to do first.
        Label none = new Label("Connect an account first");
        none.getStyleClass().add(Styles.TEXT_BOLD);
        Label why = new Label("Posts go out through your LinkedIn, Facebook, Mastodon or Bluesky account.");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.control.Button connect = new javafx.scene.control.Button("Connect an account…");
        connect.setId("composerConnect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setOnAction(e -> onConnect.run());
        VBox empty = new VBox(8, none, why, connect);
        var noAccounts = javafx.beans.binding.Bindings.isEmpty(posts.accounts());
        empty.visibleProperty().bind(noAccounts);
        empty.managedProperty().bind(noAccounts);
        form.visibleProperty().bind(noAccounts.not());
        form.managedProperty().bind(noAccounts.not());
        getChildren().addAll(heading, empty, form);
    }
}
