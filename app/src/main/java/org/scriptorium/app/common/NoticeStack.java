package org.scriptorium.app.common;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notices, drawn over the lower edge of the window (it lies above the layout, so nothing moves when one comes or
 * goes). The newest notice's words carry the id {@code messageText} and its button {@code undoMessage} or
 * {@code noticeAction}, for tests and for the accessibility tree.
 */
public final class NoticeStack extends VBox {
    private final Notices notices;

    public NoticeStack(Notices notices) {
        this.notices = notices;
        getStyleClass().add("notice-stack");
        setAlignment(Pos.BOTTOM_CENTER);
        setSpacing(8);
        setPickOnBounds(false); // clicks between and around the cards reach the window under them
        setMaxHeight(Region.USE_PREF_SIZE);
        setMaxWidth(560);
        notices.shown().addListener((ListChangeListener<Notices.Notice>) change -> redraw());
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        var shown = notices.shown();
        for (int i = 0; i < shown.size(); i++) {
            getChildren().add(card(shown.get(i), i == shown.size() - 1));
        }
        setVisible(!shown.isEmpty());
    }

    private Region card(Notices.Notice notice, boolean newest) {
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox card = new HBox(10, text);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().addAll("notice", notice.kind() == Notices.Kind.ERROR ? "notice-error" : "notice-info");
        if (notice.action() != null) {
            Button action = new Button(notice.action().label());
            action.getStyleClass().addAll(Styles.SMALL, "notice-action");
            action.setMinWidth(Region.USE_PREF_SIZE);
            action.setOnAction(e -> notices.act(notice));
            if (newest) {
                action.setId(notice.action().label().equals("Undo") ? "undoMessage" : "noticeAction");
            }
            card.getChildren().add(action);
        }
        Button close = new Button("×");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "notice-close");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> notices.dismiss(notice));
        card.getChildren().add(close);
        if (newest) {
            text.setId("messageText");
            close.setId("dismissMessage");
        }
        return card;
    }
}
