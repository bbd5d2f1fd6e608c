package org.scriptorium.app.desktop;

import javafx.scene.web.WebView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** An image made in the Images dialog goes into the draft at the cursor, and the preview shows it without a fetch. */
class DraftImagesUiTest extends WindowTest {
    @TempDir
    static Path dataDir;

    @Test
    void aTitleCardIsInsertedAtTheCursorAndShownInThePreview() throws Exception {
        String draftId;
        try (Studio studio = studio(dataDir)) {
            draftId = studio.drafts().create(new NewDraft("Harbour notes", "# Harbour notes\n\nMorning light on the water.",
                    DraftStatus.DRAFT, List.of())).id().toString();
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\", \"openDraftId\": \"" + draftId + "\"}");
        launch(dataDir);
        waitFor(() -> robot.lookup("#markdownEditor").tryQuery().isPresent()
                && robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText().contains("Morning light"));
        onFx(() -> {
            CodeArea editor = robot.lookup("#markdownEditor").queryAs(CodeArea.class);
            editor.moveTo(editor.getText().length()); // the cursor after the last paragraph
            return null;
        });

        MainWindow window = mainWindow();
        javafx.application.Platform.runLater(() -> window.writing().showImages());
        waitFor(() -> robot.lookup("#makeCover").tryQuery().isPresent());
        robot.clickOn("#makeCover");
        waitFor(() -> !robot.lookup("#insertImage").queryButton().isDisabled());
        robot.clickOn("#insertImage");
        waitFor(() -> robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText().contains("](images/"));
        robot.clickOn("Close");

        String text = onFx(() -> robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText());
        assertThat(text).startsWith("# Harbour notes\n\nMorning light on the water.\n\n![Title card: Harbour notes](images/").endsWith(".png)\n");
        waitFor(() -> onFx(() -> {
            var document = robot.lookup("#preview").queryAs(WebView.class).getEngine().getDocument();
            if (document == null || document.getElementsByTagName("img").getLength() == 0) {
                return false;
            }
            var img = (org.w3c.dom.Element) document.getElementsByTagName("img").item(0);
            return img.getAttribute("src").startsWith("data:image/png;base64,") && img.getAttribute("alt").equals("Title card: Harbour notes");
        }));
    }

    private MainWindow mainWindow() throws Exception {
        return onFx(() -> (MainWindow) robot.lookup(n -> n instanceof MainWindow).query());
    }
}
