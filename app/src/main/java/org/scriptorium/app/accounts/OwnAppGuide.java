package org.scriptorium.app.accounts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;

import java.util.List;

/** The steps to make one's own LinkedIn or Facebook app, in the connect dialog itself, and the redirect address to copy. */
final class OwnAppGuide {
    static final String REDIRECT = "http://127.0.0.1:" + AccountConnector.REGISTERED_REDIRECT_PORT + "/callback";

    private OwnAppGuide() {
    }

    static VBox steps(Network network) {
        List<String> steps = switch (network) {
            case LINKEDIN -> List.of(
                    "At linkedin.com/developers/apps choose Create app (LinkedIn asks for a company page to attach it to; yours will do).",
                    "Under Products, add Sign In with LinkedIn using OpenID Connect and Share on LinkedIn.",
                    "Under Auth, add the redirect address below to Authorized redirect URLs.",
                    "Copy the Client ID and the Primary Client Secret from Auth into the fields below, then Connect.");
            case FACEBOOK -> List.of(
                    "At developers.facebook.com/apps choose Create app, the Business type, and the use case for managing a Page.",
                    "Add Facebook Login for Business; in its settings, add the redirect address below to Valid OAuth Redirect URIs.",
                    "Under App settings › Basic, copy the App ID and the App Secret into the fields below.",
                    "Connect, sign in, and pick the Pages Scriptorium may post to.");
            default -> List.of();
        };
        VBox list = new VBox(4);
        list.setId("ownAppSteps");
        for (int i = 0; i < steps.size(); i++) {
            Label step = new Label((i + 1) + ". " + steps.get(i));
            step.setWrapText(true);
            list.getChildren().add(step);
        }
        return list;
    }

    /** The address the app must list, in a field that can be selected, and a Copy button. */
    static HBox redirect() {
        TextField address = new TextField(REDIRECT);
        address.setId("redirectAddress");
        address.setEditable(false);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("copyRedirect");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(REDIRECT);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        HBox row = new HBox(8, new Label("Redirect address"), address, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
