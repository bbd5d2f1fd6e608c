package org.scriptorium.app.desktop;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.control.ControlClient;
import org.scriptorium.app.control.ControlServer;
import org.scriptorium.app.control.WindowStart;
import org.scriptorium.core.drafts.DraftSummary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** The window other starts find on its data: what a command changes shows in it, and a Markdown file handed to it opens. */
class OneWindowUiTest extends WindowTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void aDraftMadeFromTheCommandLineAppearsAndAFileHandedToTheWindowOpensAsADraft() throws Exception {
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true}");
        ControlServer channel = ControlServer.bind(dataDir);
        launch(() -> new DesktopApp(dataDir, context(), channel, List.of()));
        waitFor(() -> robot.lookup("#draftList").tryQuery().isPresent());

        assertThat(command("draft", "new", "--title", "Typed in a terminal")).isZero();
        waitFor(() -> titlesInTheList().contains("Typed in a terminal"));

        Path file = Files.writeString(elsewhere.resolve("field-notes.md"), "# Field notes\n\nHanded to the running window.\n");
        assertThat(WindowStart.claim(dataDir, List.of(file))).isInstanceOf(WindowStart.HandedOver.class);
        waitFor(() -> editorText().equals("# Field notes\n\nHanded to the running window.\n")
                && robot.lookup("#draftTitle").queryAs(TextField.class).getText().equals("Field notes"));
        assertThat(onFx(this::titlesInTheList)).containsExactlyInAnyOrder("Typed in a terminal", "Field notes");

        // The open draft rewritten from a terminal, with nothing unsaved in the editor: the editor shows it as it is now.
        String openId = onFx(() -> robot.lookup("#draftList").<DraftSummary>queryListView().getSelectionModel().getSelectedItem().id().toString());
        assertThat(command("draft", "edit", openId, "--body", "Rewritten in a terminal.")).isZero();
        waitFor(() -> editorText().equals("Rewritten in a terminal."));
    }

    private List<String> titlesInTheList() {
        ListView<DraftSummary> list = robot.lookup("#draftList").queryListView();
        return new ArrayList<>(list.getItems().stream().map(DraftSummary::title).toList());
    }

    private String editorText() {
        return robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText();
    }

    /** A command line typed in another terminal while the window is open: it runs in the window. Returns its exit code. */
    private int command(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ControlClient window = ControlClient.connect(dataDir).orElseThrow()) {
            int exitCode = window.run(all, elsewhere, Map.of(), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            return exitCode;
        }
    }
}
