package org.scriptorium.app.drafts;

import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview never becomes a browser: a click on a link goes to the system browser, and a navigation the
 * page starts by itself goes nowhere. The pages here are raw HTML, as if the sanitizer had let something through.
 */
class PreviewPaneUiTest {
    private final FxRobot robot = new FxRobot();
    private final SimpleStringProperty html = new SimpleStringProperty();
    private final List<String> openedInBrowser = new CopyOnWriteArrayList<>();
    private final List<String> locations = new CopyOnWriteArrayList<>();
    private final MockWebServer elsewhere = new MockWebServer();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showPreview() throws Exception {
        elsewhere.start();
        elsewhere.enqueue(new MockResponse.Builder().body("<p id=\"elsewhere\">Another page</p>").build());
        FxToolkit.setupSceneRoot(() -> new PreviewPane(html, CompletableFuture.completedFuture(null), openedInBrowser::add));
        FxToolkit.showStage();
        waitFor(() -> robot.lookup("#preview").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> engine().locationProperty().addListener((obs, old, location) -> locations.add(location)))
                .get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        elsewhere.close();
    }

    @Test
    void aPageThatRefreshesItselfStaysAndNothingIsHandedToTheBrowser() throws Exception {
        String target = elsewhere.url("/elsewhere").toString();
        show("<html><head><meta http-equiv=\"refresh\" content=\"0; url=" + target + "\"></head>"
                + "<body><p id=\"draft\">The draft</p></body></html>");

        waitFor(() -> locations.contains(target));
        waitFor(() -> engine().getLoadWorker().getState() == Worker.State.SUCCEEDED && hasElement("draft"));

        assertThat(openedInBrowser).isEmpty();
        assertThat(onFx(() -> hasElement("elsewhere"))).isFalse();
    }

    @Test
    void aClickOnALinkOpensItInTheSystemBrowserAndThePreviewStays() throws Exception {
        show("<html><body style=\"margin:0\"><a id=\"link\" href=\"https://example.com/post\""
                + " style=\"position:fixed;top:0;left:0;width:100%;height:100%;display:block\">Read the post</a></body></html>");
        waitFor(() -> hasElement("link"));

        robot.clickOn("#preview");

        waitFor(() -> openedInBrowser.equals(List.of("https://example.com/post")));
        assertThat(locations).doesNotContain("https://example.com/post");
        assertThat(onFx(() -> hasElement("link"))).isTrue();
    }

    private void show(String page) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> html.set(page)).get(5, TimeUnit.SECONDS);
    }

    private WebEngine engine() {
        return robot.lookup("#preview").queryAs(WebView.class).getEngine();
    }

    private boolean hasElement(String id) {
        return engine().getDocument() != null && engine().getDocument().getElementById(id) != null;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                return false;
            }
        });
    }
}
