package org.scriptorium.app.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Asks the user for image files. The window uses the system's file dialog; window tests give their own files. */
@FunctionalInterface
public interface ImagePicker {
    List<Path> pick(Window owner);

    static ImagePicker systemDialog() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Attach images");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
