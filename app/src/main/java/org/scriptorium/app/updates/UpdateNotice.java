package org.scriptorium.app.updates;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Scriptorium 1.3.0 is available — What's new", above every area, with Dismiss; hidden while there is nothing new. */
public final class UpdateNotice extends HBox {
    public UpdateNotice(UpdateNoticeViewModel model) {
        Label text = new Label();
        text.setId("updateNoticeText");
        text.textProperty().bind(model.textProperty());
        Hyperlink whatsNew = new Hyperlink("What's new");
        whatsNew.setId("updateWhatsNew");
        whatsNew.setOnAction(e -> {
            whatsNew.setVisited(false);
            model.openReleasePage();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("updateDismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> model.dismiss());
        getChildren().addAll(text, whatsNew, spacer, dismiss);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("message-bar");
        visibleProperty().bind(Bindings.isNotNull(model.shownProperty()));
        managedProperty().bind(visibleProperty());
    }
}
