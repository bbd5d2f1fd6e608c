package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** The images of the post being composed: each with its alt text and a way to drop it; add a file or the draft's images. */
final class ComposerImagesRow extends FlowPane {
    ComposerImagesRow(PostComposerViewModel model) {
        super(8, 6);
        setId("planImages");
        setAlignment(Pos.CENTER_LEFT);
        Button add = new Button("Add image…");
        add.setId("planAddImage");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("An image for the post");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"));
            var file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.addImage(file.toPath());
            }
        });
        Button fromDraft = new Button("Add the draft's images");
        fromDraft.setId("planDraftImages");
        fromDraft.visibleProperty().bind(model.fromDraft());
        fromDraft.managedProperty().bind(fromDraft.visibleProperty());
        fromDraft.setOnAction(e -> model.addDraftImages());
        Runnable rebuild = () -> {
            getChildren().setAll(model.media().stream().map(image -> chip(model, image)).toList());
            getChildren().addAll(add, fromDraft);
        };
        model.media().addListener((ListChangeListener<ComposerImage>) c -> rebuild.run());
        rebuild.run();
    }

    private static HBox chip(PostComposerViewModel model, ComposerImage image) {
        // A thumbnail, read in the background so a large photo does not hold up the window; its file name on hover.
        javafx.scene.image.ImageView thumbnail = new javafx.scene.image.ImageView(
                new javafx.scene.image.Image(image.file().toUri().toString(), 56, 56, true, true, true));
        thumbnail.setFitWidth(56);
        thumbnail.setFitHeight(56);
        thumbnail.setPreserveRatio(true);
        Label name = new Label("", thumbnail);
        name.setId("planThumbnail");
        name.setMinSize(56, 56);
        name.getStyleClass().add("image-thumbnail");
        javafx.scene.control.Tooltip.install(name, new javafx.scene.control.Tooltip(image.file().getFileName().toString()));
        name.setAccessibleText(image.file().getFileName().toString());
        TextField alt = new TextField();
        alt.setPromptText("Alt text: what the image shows");
        alt.setPrefColumnCount(22);
        alt.textProperty().bindBidirectional(image.altTextProperty());
        Button remove = new Button("✕");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        remove.setOnAction(e -> model.media().remove(image));
        HBox chip = new HBox(6, name, alt, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("image-chip");
        return chip;
    }
}
