package org.scriptorium.app.desktop;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Set an account's posting slots, fill its queue from the composer, drag the last post to the front, edit one. */
class QueueUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private FakePds pds;

    @AfterEach
    void closeServers() {
        pds.close();
    }

    @Test
    void fillTheQueueReorderItByDraggingAndEditAPost() throws Exception {
        pds = new FakePds();
        try (Studio studio = studio(dataDir)) {
            pds.connect(studio.publishing());
        }
        launchInPosts(dataDir);

        waitFor(() -> onFx(() -> robot.lookup("#postViews").tryQuery().isPresent()));
        robot.interact(() -> ((javafx.scene.control.TabPane) robot.lookup("#postViews").query()).getSelectionModel()
                .select(((javafx.scene.control.TabPane) robot.lookup("#postViews").query()).getTabs().stream()
                        .filter(t -> "queueTab".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(() -> onFx(() -> robot.lookup("#queueAccount").queryComboBox().getValue() != null));
        robot.clickOn("#queueSlots").write("Mon-Fri 09:00,17:00; Sat 10:30");
        robot.clickOn("#queueSaveSlots");
        waitFor(() -> onFx(() -> robot.lookup("#queueNextFree").queryLabeled().getText()).startsWith("Next free slot"));

        // The same slots on a week grid: one more picked there is written back in the typed form and saved.
        robot.clickOn("#queuePickSlots");
        waitFor(() -> robot.lookup("#slotGrid").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#slot-saturday-1030").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
        robot.clickOn("#slot-sunday-1800");
        robot.clickOn("#useSlotGrid");
        waitFor(() -> onFx(() -> robot.lookup("#queueSlots").queryAs(javafx.scene.control.TextField.class).getText())
                .equals("Mon-Fri 09:00,17:00; Sat 10:30; Sun 18:00"));
        waitFor(() -> robot.lookup(".notice-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Posting slots saved.")));

        chooseFirstAccount();
        for (String text : List.of("Monday's thought", "Tuesday's link", "The one that matters most")) {
            robot.interact(() -> robot.lookup("#planText").queryAs(TextArea.class).setText(text));
            robot.clickOn("#addToQueue");
            waitFor(() -> onFx(() -> queueTexts().contains(text)));
        }
        List<Instant> slots = onFx(() -> queue().getItems().stream().map(ScheduledPost::scheduledAt).toList());

        robot.drag(cell(2)).dropTo(cell(0));
        waitFor(() -> onFx(this::queueTexts).equals(List.of("The one that matters most", "Monday's thought", "Tuesday's link")));
        assertThat(onFx(() -> queue().getItems().stream().map(ScheduledPost::scheduledAt).toList())).isEqualTo(slots);

        robot.interact(() -> queue().getSelectionModel().select(1));
        robot.clickOn("#queueEdit");
        waitFor(() -> onFx(() -> robot.lookup("#editPostText").tryQuery().isPresent()));
        robot.interact(() -> robot.lookup("#editPostText").queryAs(TextArea.class).setText("x".repeat(310)));
        robot.clickOn("#editPostSave");
        waitFor(() -> onFx(() -> robot.lookup("#editPostRefused").queryLabeled().getText()).contains("Bluesky would refuse the post"));
        robot.interact(() -> robot.lookup("#editPostText").queryAs(TextArea.class).setText("Monday's thought, shorter"));
        robot.clickOn("#editPostSave");
        waitFor(() -> onFx(this::queueTexts).get(1).equals("Monday's thought, shorter"));
        assertThat(onFx(() -> robot.lookup("#editPostText").tryQuery().isPresent())).isFalse(); // the dialog closed once saved
        assertThat(onFx(() -> queue().getItems().get(1).scheduledAt())).isEqualTo(slots.get(1));
    }

    private ListView<ScheduledPost> queue() {
        return robot.lookup("#queueList").queryAs(ListView.class);
    }

    private List<String> queueTexts() {
        return queue().getItems().stream().map(ScheduledPost::text).toList();
    }

    private Node cell(int index) throws Exception {
        return onFx(() -> robot.lookup("#queueList .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == index).findFirst().orElseThrow());
    }
}
