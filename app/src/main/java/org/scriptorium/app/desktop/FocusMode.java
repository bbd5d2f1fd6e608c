package org.scriptorium.app.desktop;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.scriptorium.app.drafts.EditorView;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Focus mode: the open draft alone, without the sidebar, the drafts list or the preview; switched off, everything
 * comes back as it was (the list's width, the preview shown or not).
 */
final class FocusMode {
    private final BorderPane layout;
    private final SplitPane split;
    private final Node draftsList;
    private final EditorView editor;
    private final Runnable showDrafts;
    private final BooleanSupplier draftOpen;
    private final Consumer<String> say;
    private Runnable restore;

    FocusMode(BorderPane layout, SplitPane split, Node draftsList, EditorView editor, Runnable showDrafts, BooleanSupplier draftOpen,
              Consumer<String> say) {
        this.layout = layout;
        this.split = split;
        this.draftsList = draftsList;
        this.editor = editor;
        this.showDrafts = showDrafts;
        this.draftOpen = draftOpen;
        this.say = say;
    }

    void toggle() {
        if (restore != null) {
            restore.run();
            restore = null;
            return;
        }
        if (!draftOpen.getAsBoolean()) {
            say.accept("Open a draft first, then write in focus mode.");
            return;
        }
        boolean previewWas = editor.previewVisibleProperty().get();
        Node sidebar = layout.getLeft();
        double[] dividers = split.getDividerPositions();
        restore = () -> {
            layout.setLeft(sidebar);
            if (!split.getItems().contains(draftsList)) {
                split.getItems().addFirst(draftsList);
                split.setDividerPositions(dividers);
            }
            editor.previewVisibleProperty().set(previewWas);
        };
        showDrafts.run();
        layout.setLeft(null);
        split.getItems().remove(draftsList);
        editor.previewVisibleProperty().set(false);
        editor.focusEditor();
    }
}
