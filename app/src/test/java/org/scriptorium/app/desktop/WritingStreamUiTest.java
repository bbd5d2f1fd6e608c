package org.scriptorium.app.desktop;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.writing.FakeOpenAiServer;
import org.scriptorium.core.writing.providers.ProviderRegistry;
import org.scriptorium.core.writing.providers.ProviderType;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Writes a draft from a topic into the real editor with a (fake) model, stops it halfway, and undoes it in one step. */
class WritingStreamUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private Newsroom newsroom;
    private FakeOpenAiServer model;

    @AfterEach
    void closeServers() throws Exception {
        if (model != null) {
            model.close();
        }
        if (newsroom != null) {
            newsroom.close();
        }
    }

    @Test
    void aStreamedDraftCanBeStoppedHalfwayAndUndoneInOneStep() throws Exception {
        newsroom = new Newsroom(clock);
        model = new FakeOpenAiServer();
        TopicSummary topic;
        try (Studio studio = studio(dataDir)) {
            var research = studio.research();
            newsroom.feedUrls().forEach(url -> research.sources().add(NewSource.of(url)));
            research.poller().poll(List.of(), Progress.NONE);
            research.discovery().discover(Progress.NONE);
            topic = research.topics().list(TopicFilter.ALL).getFirst();
            research.deepResearch().run(topic.id(), Progress.NONE);
            studio.writing().providers().add("fake", ProviderType.OPENAI_COMPATIBLE, model.baseUrl(), "gpt-4o-mini", "test-key");
            studio.writing().providers().setDefault(ProviderRegistry.Task.WRITING, "fake");
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"research\", \"openTopicId\": \"" + topic.id() + "\"}");
        model.longDraft(40);
        model.slowDown(40);

        launch(dataDir);
        waitFor(() -> robot.lookup("#writeDraft").tryQuery().isPresent());
        robot.clickOn("#writeDraft");
        waitFor(() -> robot.lookup("#streamingStrip").tryQuery().map(n -> n.isVisible()).orElse(false)
                && editorText().length() > 300);

        robot.clickOn("#stopWriting");
        waitFor(() -> !robot.lookup("#streamingStrip").query().isVisible());
        String kept = editorText();
        assertThat(kept).startsWith("# Virtual threads").doesNotContain("Part 40");

        robot.clickOn("#markdownEditor").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> editorText().isEmpty());
        assertThat(robot.lookup("#draftList").<ListView<Object>>query().getItems()).hasSize(1);
    }

    private String editorText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText()).get(5, TimeUnit.SECONDS);
    }
}
