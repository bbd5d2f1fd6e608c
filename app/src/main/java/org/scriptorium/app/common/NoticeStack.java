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
 * The notices, drawn over the window where the owner puts them (above the layout, so nothing moves when one comes or
 * goes). The newest notice's words carry the id {@code messageText} and its button {@code undoMessage} or
 * {@code noticeAction}, for tests and for the accessibility tree.
 */
public final class NoticeStack extends VBox {
    private final Notices notices;

    public NoticeStack(Notices notices) {
        this.notices = notices;
        getStyleClass().add("notice-stack");
        setAlignment(Pos.BOTTOM_LEFT);
        setSpacing(8);
        setPickOnBounds(false); // clicks between and around the cards reach the window under them
        setMaxHeight(Region.USE_PREF_SIZE);
        setMinHeight(0); // it may be given less than its cards need: the room is the owner's to say
        // Never drawn past its own bounds: when the cards are taller than the room, the oldest (top) are cut off.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
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

    /** The words, then a row with the action (Undo, Retry) and the × that dismisses: a narrow card reads well. */
    private Region card(Notices.Notice notice, boolean newest) {
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("notice-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(4, gap);
        row.setAlignment(Pos.CENTER_LEFT);
        if (notice.action() != null) {
            Button action = new Button(notice.action().label());
            action.getStyleClass().addAll(Styles.SMALL, "notice-action");
            action.setMinWidth(Region.USE_PREF_SIZE);
            action.setOnAction(e -> notices.act(notice));
            if (newest) {
                action.setId(notice.action().label().equals("Undo") ? "undoMessage" : "noticeAction");
            }
            row.getChildren().addFirst(action);
        }
        Button close = new Button("×");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "notice-close");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> notices.dismiss(notice));
        row.getChildren().add(close);
        if (newest) {
            text.setId("messageText");
            close.setId("dismissMessage");
        }
        VBox card = new VBox(2, text, row);
        card.getStyleClass().addAll("notice", notice.kind() == Notices.Kind.ERROR ? "notice-error" : "notice-info");
        return card;
    }
}
