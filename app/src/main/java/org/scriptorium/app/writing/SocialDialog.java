package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.writing.social.Platform;

/**
 * Social posts for a draft: pick a platform, write, edit with a live count, warnings and the feed view, copy; then
 * plan the post or add it to the queue, in the Posts composer.
 */
public final class SocialDialog {
    /** Where a written post goes on: the Posts composer, planning it or adding it to the network's queues. */
    @FunctionalInterface
    public interface Planner {
        void plan(Platform network, String text, boolean toQueue);
    }

    private SocialDialog() {
    }

    public static void show(Window owner, SocialViewModel model, Planner planner) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 1000);
        dialog.setTitle("Social posts");
        ComboBox<Platform> platform = new ComboBox<>();
        platform.setId("socialPlatform");
        platform.getItems().setAll(Platform.values());
        platform.valueProperty().bindBidirectional(model.platformProperty());
        platform.setConverter(new StringConverter<>() {
            @Override
            public String toString(Platform p) {
                return p == null ? "" : SocialViewModel.label(p);
            }

            @Override
            public Platform fromString(String s) {
                return null;
            }
        });
        TextField link = new TextField();
        link.setPromptText("Link to the post (optional)");
        link.textProperty().bindBidirectional(model.linkProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button write = new Button("Write");
        write.setId("writeSocial");
        write.getStyleClass().add(Styles.ACCENT);
        write.setOnAction(e -> model.generate());
        write.disableProperty().bind(model.job().runningProperty());
        HBox top = new HBox(8, platform, link, write);
        top.setAlignment(Pos.CENTER_LEFT);
        ComboBox<SocialViewModel.From> from = new ComboBox<>();
        from.getItems().setAll(SocialViewModel.From.values());
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setConverter(new StringConverter<>() {
            @Override
            public String toString(SocialViewModel.From f) {
                return f == null ? "" : switch (f) {
                    case DRAFT -> "From this draft";
                    case WEB_PAGE -> "From a web page";
                    case PASTED_TEXT -> "From pasted text";
                };
            }

            @Override
            public SocialViewModel.From fromString(String s) {
                return null;
            }
        });
        TextField page = new TextField();
        page.setPromptText("https://… the page to write from");
        page.textProperty().bindBidirectional(model.pageUrlProperty());
        page.visibleProperty().bind(model.fromProperty().isEqualTo(SocialViewModel.From.WEB_PAGE));
        page.managedProperty().bind(page.visibleProperty());
        HBox.setHgrow(page, Priority.ALWAYS);
        TextArea pasted = new TextArea();
        pasted.setPromptText("Paste the text to write from");
        pasted.setPrefRowCount(4);
        pasted.setWrapText(true);
        pasted.textProperty().bindBidirectional(model.pastedProperty());
        pasted.visibleProperty().bind(model.fromProperty().isEqualTo(SocialViewModel.From.PASTED_TEXT));
        pasted.managedProperty().bind(pasted.visibleProperty());
        HBox source = new HBox(8, from, page);
        source.setAlignment(Pos.CENTER_LEFT);

        VBox posts = new VBox(12);
        posts.setId("socialParts");
        model.parts().addListener((ListChangeListener<String>) c -> {
            posts.getChildren().clear();
            for (int i = 0; i < model.parts().size(); i++) {
                posts.getChildren().add(partEditor(model, i, model.parts().get(i)));
            }
        });
        ScrollPane scroll = new ScrollPane(posts);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(960, 420);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        dialog.getDialogPane().setContent(new VBox(10, source, pasted, top, scroll, status));
        ButtonType planType = new ButtonType("Plan…", javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType queueType = new ButtonType("Add to queue", javafx.scene.control.ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(planType, queueType, ButtonType.CLOSE);
        // A post goes out as one post: a thread is copied part by part, not planned.
        var oneToPlan = javafx.beans.binding.Bindings.size(model.parts()).isEqualTo(1).and(model.job().runningProperty().not());
        for (ButtonType type : new ButtonType[]{planType, queueType}) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setId(type == planType ? "socialPlan" : "socialQueue");
            button.disableProperty().bind(oneToPlan.not());
            button.setTooltip(new javafx.scene.control.Tooltip("One post goes on to the Posts composer; a thread is copied part by part."));
            button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> planner.plan(model.platformProperty().get(), model.onePost(),
                    type == queueType));
        }
        dialog.setOnShown(e -> model.generate());
        dialog.showAndWait();
    }

    private static HBox partEditor(SocialViewModel model, int index, String text) {
        TextArea area = new TextArea(text);
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(6, Math.min(12, 2 + text.length() / 50)));
        Label count = new Label();
        Label issues = new Label();
        issues.setWrapText(true);
        issues.getStyleClass().add(Styles.DANGER);
        PostPreviewCard card = new PostPreviewCard(model.linkTitle());
        Runnable recount = () -> {
            card.show(model.preview(area.getText()), model.linkProperty().get());
            count.setText(model.count(area.getText()));
            count.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            count.getStyleClass().add(model.fits(area.getText()) ? Styles.SUCCESS : Styles.DANGER);
            issues.setText(String.join(" ", model.issues(area.getText())));
        };
        area.textProperty().addListener((o, a, b) -> {
            model.edited(index, b);
            recount.run();
        });
        model.linkProperty().addListener((o, a, b) -> recount.run());
        recount.run();
        Button copy = new Button("Copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox footer = new HBox(10, count, copy);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(4, area, footer, issues);
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox part = new HBox(14, editor, card);
        part.getStyleClass().add("social-part");
        return part;
    }
}
