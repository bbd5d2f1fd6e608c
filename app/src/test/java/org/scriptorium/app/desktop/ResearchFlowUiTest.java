package org.scriptorium.app.desktop;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.research.sources.SourceSummary;
import org.scriptorium.core.research.topics.TopicSummary;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Drives the real window through research: add a source, poll, see topics, open one, research it, start a draft. */
class ResearchFlowUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private Newsroom newsroom;

    @AfterEach
    void closeServers() throws Exception {
        if (newsroom != null) {
            newsroom.close();
        }
    }

    @Test
    void fromASourceToADraftInTheWindow() throws Exception {
        newsroom = new Newsroom(clock);
        launch(dataDir);
        waitFor(() -> robot.lookup("#welcomeEmpty").tryQuery().isPresent());
        robot.clickOn("#welcomeEmpty");

        robot.clickOn("#navResearch");
        waitFor(() -> robot.lookup("#sourceUrl").tryQuery().map(n -> n.isVisible()).orElse(false));
        for (String url : newsroom.feedUrls()) {
            robot.clickOn("#sourceUrl").write(url);
            robot.clickOn("#addSource");
            waitFor(() -> robot.lookup("#sourceUrl").queryAs(TextField.class).getText().isEmpty());
        }
        waitFor(() -> robot.lookup("#sourceTable").<TableView<SourceSummary>>query().getItems().size() == 3);

        // Each new source is polled at once, without a click; polling again brings nothing twice.
        waitFor(() -> robot.lookup("#sourceTable").<TableView<SourceSummary>>query().getItems().stream()
                .allMatch(s -> s.documentCount() > 0));
        robot.clickOn("#pollAll");
        waitFor(() -> saying("Polled 3 sources: 0 new documents"));

        robot.clickOn("#documentsTab");
        robot.clickOn("#documentQuery").write("council");
        waitFor(() -> robot.lookup("#documentResults").<ListView<Object>>query().getItems().size() == 2);

        robot.clickOn("#topicsTab");
        // Polling brings discovery with it: the board fills without another click.
        waitFor(() -> robot.lookup("#topicList").<ListView<TopicSummary>>query().getItems().size() >= 2);
        TopicSummary top = robot.lookup("#topicList").<ListView<TopicSummary>>query().getItems().getFirst();
        assertThat(top.measures().sourceCount()).isEqualTo(3);
        robot.clickOn(top.title());
        waitFor(() -> robot.lookup("#topicTitle").tryQuery().isPresent()
                && robot.lookup("#topicTitle").queryLabeled().getText().equals(top.title()));

        robot.clickOn("#runResearch");
        waitFor(() -> robot.lookup(".citation").tryQuery().isPresent()
                && saying("Research done"));
        assertThat(robot.lookup(".citation").queryAll()).isNotEmpty();

        robot.clickOn("#startDraft");
        waitFor(() -> robot.lookup("#markdownEditor").tryQuery().map(n -> n.isVisible()).orElse(false)
                && robot.lookup("#markdownEditor").queryAs(CodeArea.class).getText().contains("## References"));
        assertThat(robot.lookup("#draftTitle").queryAs(TextField.class).getText()).isEqualTo(top.title());
    }

    /** One of the window's notices says this. */
    private boolean saying(String words) {
        return robot.lookup(".notice-text").queryAllAs(javafx.scene.control.Label.class).stream().anyMatch(l -> l.getText().contains(words));
    }
}
