package org.scriptorium.app.desktop;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scriptorium.app.drafts.DraftsViewModel;
import org.scriptorium.app.drafts.EditorViewModel;

import java.io.File;
import java.util.List;
import java.util.UUID;

/** Markdown files in and out: the File menu's import and export, with the system's file dialogs. */
final class DraftFiles {
    private final Window owner;
    private final DraftsViewModel drafts;
    private final EditorViewModel editor;

    DraftFiles(Window owner, DraftsViewModel drafts, EditorViewModel editor) {
        this.owner = owner;
        this.drafts = drafts;
        this.editor = editor;
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Markdown files");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            drafts.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void importFolder() {
        File folder = chooseFolder("Import a folder of Markdown files");
        if (folder != null) {
            drafts.importFiles(List.of(folder.toPath()));
        }
    }

    /** The open draft, or every draft when none is open. */
    void exportOpenDraft() {
        UUID open = editor.draftIdProperty().get();
        if (open == null) {
            exportAll();
            return;
        }
        File folder = chooseFolder("Export this draft to a folder");
        if (folder != null) {
            editor.saveRevision();
            drafts.exportTo(folder.toPath(), List.of(open));
        }
    }

    void exportAll() {
        File folder = chooseFolder("Export every draft to a folder");
        if (folder != null) {
            editor.saveRevision();
            drafts.exportTo(folder.toPath(), List.of());
        }
    }

    private File chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return chooser.showDialog(owner);
    }
}
