package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;

/** Title ideas, meta description, slug and keywords of a draft, with a button to write them again. */
public final class SeoDialog {
    private SeoDialog() {
    }

    public static void show(Window owner, SeoViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 680);
        dialog.setTitle("Search metadata");
        TextArea titles = new TextArea();
        titles.setPrefRowCount(5);
        titles.setEditable(false);
        TextArea description = new TextArea();
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setEditable(false);
        Label length = new Label();
        length.getStyleClass().add(Styles.TEXT_MUTED);
        TextField slug = new TextField();
        slug.setEditable(false);
        TextField keywords = new TextField();
        keywords.setEditable(false);
        model.seoProperty().addListener((o, a, seo) -> {
            titles.setText(String.join("\n", seo.titleIdeas()));
            description.setText(seo.metaDescription());
            length.setText(seo.metaDescription().length() + " of 160 characters");
            slug.setText(seo.slug());
            keywords.setText(String.join(", ", seo.keywords()));
        });
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Title ideas"), titles);
        grid.addRow(1, new Label("Meta description"), new VBox(2, description, length));
        grid.addRow(2, new Label("Slug"), slug);
        grid.addRow(3, new Label("Keywords"), keywords);
        Button again = new Button("Write again");
        again.setOnAction(e -> model.write());
        again.disableProperty().bind(model.job().runningProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        dialog.getDialogPane().setContent(new VBox(10, grid, again, status));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        model.load();
        dialog.showAndWait();
    }
}
