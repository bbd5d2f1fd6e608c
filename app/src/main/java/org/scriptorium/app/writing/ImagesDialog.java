package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.images.DraftImage;

import java.io.File;
import java.util.Locale;

/** A draft's image library with a preview; a title card or a generated image at a platform size. */
public final class ImagesDialog {
    private ImagesDialog() {
    }

    /** {@code atCaret}: puts an image's Markdown into the open draft where the cursor is. */
    public static void show(Window owner, ImagesViewModel model, java.util.function.Consumer<String> atCaret) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 820);
        dialog.setTitle("Images");
        ComboBox<ImagesViewModel.NamedSize> size = new ComboBox<>();
        size.getItems().setAll(ImagesViewModel.SIZES);
        size.valueProperty().bindBidirectional(model.sizeProperty());
        Button cover = new Button("Make a title card");
        cover.setId("makeCover");
        cover.getStyleClass().add(Styles.ACCENT);
        cover.setOnAction(e -> model.makeCover());
        TextField prompt = new TextField();
        prompt.setPromptText("Describe an image to generate (uses your image provider, else a title card)");
        prompt.textProperty().bindBidirectional(model.promptProperty());
        HBox.setHgrow(prompt, Priority.ALWAYS);
        TextField alt = new TextField();
        alt.setPromptText("Alt text (default: the description)");
        alt.textProperty().bindBidirectional(model.altProperty());
        Button generate = new Button("Generate");
        generate.setOnAction(e -> model.generate());
        generate.disableProperty().bind(model.job().runningProperty().or(prompt.textProperty().isEmpty()));
        cover.disableProperty().bind(model.job().runningProperty());

        ImageView preview = new ImageView();
        preview.setId("imagePreview");
        preview.setFitWidth(440);
        preview.setFitHeight(300);
        preview.setPreserveRatio(true);
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        ListView<DraftImage> list = new ListView<>(model.library());
        list.setPrefWidth(230);
        list.setMinWidth(200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftImage image, boolean empty) {
                super.updateItem(image, empty);
                if (empty || image == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(image.role().name().toLowerCase(Locale.ROOT) + " · " + image.width() + "×" + image.height() + "\n" + image.provider());
                // A thumbnail, read in the background and scaled as it is read.
                ImageView thumbnail = new ImageView(new Image(model.pathOf(image).toUri().toString(), 56, 56, true, true, true));
                thumbnail.setFitWidth(56);
                thumbnail.setFitHeight(56);
                thumbnail.setPreserveRatio(true);
                setGraphic(thumbnail);
                setGraphicTextGap(10);
            }
        });
        list.setPlaceholder(new Label("No images yet."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, image) -> {
            if (image == null) {
                preview.setImage(null);
                caption.setText("");
                return;
            }
            preview.setImage(new Image(model.pathOf(image).toUri().toString(), true));
            caption.setText(image.altText() + (image.costUsd().signum() > 0 ? " · " + org.scriptorium.app.common.Formats.current().money(image.costUsd()) : ""));
            list.getSelectionModel().select(image);
        });
        Button insert = new Button("Insert into draft");
        insert.setId("insertImage");
        insert.disableProperty().bind(model.selectedProperty().isNull());
        insert.setOnAction(e -> model.insertSelected(atCaret));
        Button save = new Button("Save as…");
        save.disableProperty().bind(model.selectedProperty().isNull());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("image.png");
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                model.saveAs(model.selectedProperty().get(), file.toPath());
            }
        });
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox makers = new HBox(8, size, cover);
        makers.setAlignment(Pos.CENTER_LEFT);
        HBox generator = new HBox(8, prompt, generate);
        VBox right = new VBox(8, preview, caption, new HBox(8, insert, save));
        HBox body = new HBox(12, list, right);
        dialog.getDialogPane().setContent(new VBox(10, makers, generator, alt, body, status));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnHidden(e -> model.cancel());
        model.load();
        dialog.showAndWait();
    }
}
