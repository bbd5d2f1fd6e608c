package org.scriptorium.app.desktop;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** First run with an empty studio: a card over the window offering the demo workspace or an empty start. */
final class WelcomeCard extends StackPane {
    WelcomeCard(Runnable openDemo) {
        Label title = new Label("Welcome to Scriptorium");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Your drafts live on this computer and are saved as you type. "
                + "Would you like a few sample drafts to look around, or start with an empty studio?");
        text.setWrapText(true);
        Button demo = new Button("Open the demo workspace");
        demo.setId("welcomeDemo");
        demo.getStyleClass().add(Styles.ACCENT);
        Button empty = new Button("Start empty");
        empty.setId("welcomeEmpty");
        HBox buttons = new HBox(8, empty, demo);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(title, text, buttons);
        card.getStyleClass().add("welcome-card");
        card.setMaxSize(460, Region.USE_PREF_SIZE);
        getChildren().add(card);
        getStyleClass().add("welcome-scrim");
        demo.setOnAction(e -> {
            dismiss();
            openDemo.run();
        });
        empty.setOnAction(e -> dismiss());
    }

    private void dismiss() {
        if (getParent() instanceof javafx.scene.layout.Pane parent) {
            parent.getChildren().remove(this);
        }
    }
}
