package org.scriptorium.app.desktop;

import javafx.stage.Stage;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.app.drafts.EditorView;
import org.scriptorium.app.drafts.EditorViewModel;
import org.scriptorium.app.posts.PostsViewModel;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Write menu's tools on the open draft: rewriting a selection, social posts, search metadata, images (and images
 * dropped on the editor), a post planned from the draft, what its AI calls cost, and the providers.
 */
final class WritingTools {
    private final Stage stage;
    private final Studio studio;
    private final TaskRunner tasks;
    private final EditorViewModel editorModel;
    private final EditorView editorView;
    private final PostsViewModel postsModel;
    private final Runnable showPosts;
    private final Consumer<String> showMessage;

    WritingTools(Stage stage, Studio studio, TaskRunner tasks, EditorViewModel editorModel, EditorView editorView, PostsViewModel postsModel,
                 Runnable showPosts, Consumer<String> showMessage, org.scriptorium.app.common.Notices notices) {
        this.stage = stage;
        this.studio = studio;
        this.tasks = tasks;
        this.editorModel = editorModel;
        this.editorView = editorView;
        this.postsModel = postsModel;
        this.showPosts = showPosts;
        this.showMessage = showMessage;
        var said = new org.scriptorium.app.common.AreaMessage();
        said.showIn(notices);
        var dropped = new org.scriptorium.app.drafts.ImageInsertion(tasks, (draft, file) -> studio.images().importFile(draft, file, null).markdown(),
                () -> editorModel.draftIdProperty().get(), said);
        editorView.onImagesDropped(files -> dropped.insert(files, editorView::insertAtCaret));
    }

    private void showMessage(String text) {
        showMessage.accept(text);
    }

    void rewriteSelection(org.scriptorium.core.writing.assistant.RewriteKind kind) {
        UUID open = editorModel.draftIdProperty().get();
        String selection = editorView.selectedText();
        if (open == null || selection.isBlank()) {
            showMessage("Select some text in a draft first, then choose how to rewrite it.");
            return;
        }
        var model = new org.scriptorium.app.writing.RewriteViewModel(tasks, studio.writing().writing());
        model.start(open, selection, kind, editorView.selectionContext());
        org.scriptorium.app.writing.RewriteDialog.show(stage, model, kind)
                .ifPresent(text -> editorView.replaceSelection(text, kind == org.scriptorium.core.writing.assistant.RewriteKind.CONTINUE));
    }

    /** The Posts area, its composer starting from the open draft. */
    void planFromDraft() {
        UUID open = openDraftOrSay();
        if (open == null) {
            return;
        }
        postsModel.composer().startFromDraft(open, editorModel.titleProperty().get(), editorModel.textProperty().get());
        showPosts.run();
    }

    void showSocial() {
        UUID open = openDraftOrSay();
        if (open == null) {
            return;
        }
        // The editor's own text: what the user sees, whether or not the last autosave has finished.
        String title = editorModel.titleProperty().get();
        org.scriptorium.app.writing.SocialDialog.show(stage, new org.scriptorium.app.writing.SocialViewModel(tasks,
                studio.writing().writing(), title, editorModel.textProperty().get()), (network, text, queue) -> {
            // The post goes on in the Posts composer, where its accounts, time and images are chosen.
            postsModel.composer().startFromSocial(open, title, text, network);
            if (queue) {
                postsModel.composer().addToQueueAsWritten();
            }
            showPosts.run();
        });
    }

    void showSeo() {
        withOpenDraft(draft -> org.scriptorium.app.writing.SeoDialog.show(stage,
                new org.scriptorium.app.writing.SeoViewModel(tasks, studio.writing().writing(), draft.id())));
    }

    void showImages() {
        withOpenDraft(draft -> org.scriptorium.app.writing.ImagesDialog.show(stage,
                new org.scriptorium.app.writing.ImagesViewModel(tasks, studio.images(), draft.id()), editorView::insertAtCaret));
    }

    void showDraftCost() {
        UUID open = openDraftOrSay();
        if (open == null) {
            return;
        }
        tasks.run(() -> studio.usage().forDraft(open), calls -> showMessage(calls.isEmpty()
                ? "No AI calls for this draft yet (the offline engine costs nothing)."
                : org.scriptorium.app.common.Formats.current().count(calls.size(), "AI call") + " for this draft cost "
                        + org.scriptorium.app.common.Formats.current().money(org.scriptorium.core.writing.usage.UsageLedger.total(calls)) + "."),
                failure -> showMessage(org.scriptorium.app.common.Messages.of(failure)));
    }

    void showProviders() {
        org.scriptorium.app.writing.ProvidersDialog.show(stage,
                new org.scriptorium.app.writing.ProvidersViewModel(tasks, studio.writing().providers(), studio.usage()),
                new org.scriptorium.app.writing.PricesViewModel(tasks, studio.usage()));
    }

    // Writing tools that read the stored draft get what was typed saved first (a quick local write).
    /** The open draft's id, or null after telling the user to open one. */
    private UUID openDraftOrSay() {
        UUID open = editorModel.draftIdProperty().get();
        if (open == null) {
            showMessage("Open a draft first.");
        }
        return open;
    }

    private void withOpenDraft(java.util.function.Consumer<DraftDocument> action) {
        UUID open = openDraftOrSay();
        if (open == null) {
            return;
        }
        editorModel.saveNow(() -> tasks.run(() -> studio.drafts().get(open), action,
                failure -> showMessage(org.scriptorium.app.common.Messages.of(failure))));
    }
}
