package org.scriptorium.app.accounts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.LinkTagging;
import org.scriptorium.core.scheduling.UtmParams;

import java.util.Optional;

/** An account's UTM link tagging: on or off, the medium, and what names the campaign, with an example link as it will go out. */
final class LinkTaggingDialog {
    private LinkTaggingDialog() {
    }

    static Optional<LinkTagging.Setting> ask(Window owner, Account account, LinkTagging.Setting current) {
        Dialog<LinkTagging.Setting> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Tag links");
        dialog.setHeaderText("Tag the links in " + account.name() + "'s posts");
        CheckBox on = new CheckBox("Add UTM parameters to links, so your web analytics tells the visits these posts bring");
        on.setId("tagLinksOn");
        on.setWrapText(true);
        on.setSelected(current.on());
        TextField medium = new TextField(current.medium());
        medium.setId("tagLinksMedium");
        ComboBox<LinkTagging.Campaign> campaign = new ComboBox<>();
        campaign.setId("tagLinksCampaign");
        campaign.getItems().setAll(LinkTagging.Campaign.values());
        campaign.setValue(current.campaign());
        campaign.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LinkTagging.Campaign c) {
                return c == null ? "" : c == LinkTagging.Campaign.DRAFT ? "The post's draft" : "The topic its draft came from";
            }

            @Override
            public LinkTagging.Campaign fromString(String s) {
                return null;
            }
        });
        GridPane form = new GridPane(12, 8);
        form.addRow(0, new Label("Medium"), medium);
        form.addRow(1, new Label("Campaign"), campaign);
        form.disableProperty().bind(on.selectedProperty().not());
        Label example = new Label();
        example.setId("tagLinksExample");
        example.setWrapText(true);
        example.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Runnable showExample = () -> example.setText(on.isSelected()
                ? "https://example.com/post becomes " + new UtmParams(account.network().cliName(), medium.getText().isBlank() ? "social"
                        : medium.getText().strip(), campaign.getValue() == LinkTagging.Campaign.TOPIC ? "the-topic" : "the-draft")
                        .apply("https://example.com/post") + ". Posts already planned keep their links; the composer's preview shows them as they go out."
                : "Links go out as written.");
        on.selectedProperty().addListener((o, a, b) -> showExample.run());
        medium.textProperty().addListener((o, a, b) -> showExample.run());
        campaign.valueProperty().addListener((o, a, b) -> showExample.run());
        showExample.run();
        VBox content = new VBox(12, on, form, example);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new LinkTagging.Setting(on.isSelected(), medium.getText(), campaign.getValue()) : null);
        return dialog.showAndWait();
    }
}
