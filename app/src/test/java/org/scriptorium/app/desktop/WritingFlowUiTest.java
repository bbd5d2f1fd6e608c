package org.scriptorium.app.desktop;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.drafts.DraftSummary;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Drives the real window: write a draft, see the preview, quit, start again and find the draft. */
class WritingFlowUiTest extends WindowTest {
    @TempDir
    static Path dataDir;

    @Test
    void aDraftWrittenInTheWindowIsThereAfterARestart() throws Exception {
        launch(dataDir);
        waitFor(() -> robot.lookup("#welcomeEmpty").tryQuery().isPresent());
        robot.clickOn("#welcomeEmpty");

        robot.clickOn("#newDraftButton");
        waitFor(() -> robot.lookup("#draftTitle").queryAs(TextField.class).getText().equals("Untitled draft"));
        robot.doubleClickOn("#draftTitle").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Notes from the field");

        robot.clickOn("#markdownEditor");
        robot.write("# Hello preview");
        robot.type(KeyCode.ENTER, 2);
        robot.write("Some **bold** words and a <script>alert(1)</script> tag.");

        // The preview follows the typing after a pause: wait for the last words, not only the first.
        waitFor(() -> previewText("h1").equals("Hello preview") && previewText("strong").equals("bold"));
        assertThat(previewText("script")).as("the preview never holds a script").isEmpty();
        waitFor(() -> robot.lookup("#saveState").queryLabeled().getText().equals("Saved"));
        assertThat(robot.lookup("#draftStats").queryLabeled().getText()).startsWith("10 words");

        closeWindow();

        launch(dataDir);
        waitFor(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.clickOn("#searchField").write("bold field");
        waitFor(() -> {
            ListView<DraftSummary> list = robot.lookup("#draftList").queryListView();
            return list.getItems().size() == 1 && list.getItems().getFirst().title().equals("Notes from the field");
        });
        robot.clickOn("Notes from the field");
        waitFor(() -> robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText()
                .equals("# Hello preview\n\nSome **bold** words and a <script>alert(1)</script> tag."));
    }

    private String previewText(String tag) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node node = robot.lookup("#preview").query();
            Document document = ((WebView) node).getEngine().getDocument();
            if (document == null || document.getElementsByTagName(tag).getLength() == 0) {
                return "";
            }
            return document.getElementsByTagName(tag).item(0).getTextContent();
        }).get(5, TimeUnit.SECONDS);
    }
}
