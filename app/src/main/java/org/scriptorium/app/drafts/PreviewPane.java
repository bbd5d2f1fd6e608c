package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The rendered preview: a WebView with JavaScript off that shows the sanitized page the model renders.
 * The WebView is created only once WebKit has loaded in the background, so the window and the editor
 * are usable while it loads; until then a placeholder stands in.
 */
final class PreviewPane extends StackPane {
    private final ObservableStringValue html;
    private final Consumer<String> openExternally;
    private WebEngine engine;
    private boolean keepScroll;
    private int scrollY;

    PreviewPane(ObservableStringValue html, CompletionStage<?> webKitLoaded, Consumer<String> openExternally) {
        this.html = html;
        this.openExternally = openExternally;
        getStyleClass().add("preview-pane");
        getChildren().add(placeholder());
        webKitLoaded.whenComplete((ignored, failure) -> Platform.runLater(this::showWebView));
        html.addListener((obs, old, page) -> {
            if (engine != null) {
                scrollY = keepScroll ? currentScroll() : 0;
                keepScroll = true;
                engine.loadContent(page);
            }
        });
    }

    /** The next page is a different draft: start it at the top. */
    void resetScroll() {
        keepScroll = false;
    }

    private void showWebView() {
        WebView view;
        try {
            view = new WebView();
        } catch (RuntimeException | LinkageError e) {
            getChildren().setAll(message("The preview is not available on this system: " + e.getMessage()));
            return;
        }
        view.setId("preview");
        view.setContextMenuEnabled(false);
        engine = view.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setUserDataDirectory(null);
        // Reloading the page would jump to the top on every keystroke: keep the reader's place.
        // executeScript is the host reading the page; the page's own scripts stay disabled.
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED && scrollY > 0) {
                engine.executeScript("window.scrollTo(0, " + scrollY + ")");
            }
        });
        // A click on a link must not turn the preview into a browser: cancel and hand the URL to the system browser.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:")) {
                engine.getLoadWorker().cancel();
                openExternally.accept(location);
                Platform.runLater(() -> engine.loadContent(html.get()));
            }
        });
        getChildren().setAll(view);
        if (html.get() != null) {
            engine.loadContent(html.get());
        }
    }

    private int currentScroll() {
        try {
            return engine.executeScript("window.scrollY") instanceof Number y ? y.intValue() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static VBox placeholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        VBox box = message("Preparing the preview…");
        box.getChildren().addFirst(spinner);
        return box;
    }

    private static VBox message(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        VBox box = new VBox(10, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
