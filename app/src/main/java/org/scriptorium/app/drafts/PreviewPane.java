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
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventListener;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.html.HTMLAnchorElement;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The rendered preview: a WebView with JavaScript off that shows the sanitized page the model renders.
 * The WebView is created only once WebKit has loaded in the background, so the window and the editor
 * are usable while it loads; until then a placeholder stands in.
 *
 * <p>The preview never navigates. A click on a link hands the link to the system browser; a navigation the
 * page starts by itself (a refresh, a redirect, anything but a click) is cancelled and handed to no one.
 */
final class PreviewPane extends StackPane {
    private final ObservableStringValue html;
    private final Consumer<String> openExternally;
    // Held here: WebKit keeps only a weak reference to a listener added from Java.
    private final EventListener linkClicks = this::onClick;
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

    /** Scrolls the preview to the same share of its height as the editor shows of the text (0 top, 1 bottom). */
    void followScroll(double fraction) {
        if (engine == null) {
            return;
        }
        try {
            engine.executeScript("window.scrollTo(0, Math.max(0, document.documentElement.scrollHeight - window.innerHeight) * "
                    + Math.clamp(fraction, 0, 1) + ")");
        } catch (RuntimeException notLoadedYet) {
            // the page is still loading: the next scroll catches up
        }
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
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state != Worker.State.SUCCEEDED) {
                return;
            }
            if (engine.getDocument() instanceof EventTarget document) {
                document.addEventListener("click", linkClicks, true);
            }
            // Reloading the page would jump to the top on every keystroke: keep the reader's place.
            // executeScript is the host reading the page; the page's own scripts stay disabled.
            if (scrollY > 0) {
                engine.executeScript("window.scrollTo(0, " + scrollY + ")");
            }
        });
        // Only a click reaches the system browser (onClick); whatever else moves the page elsewhere is undone here.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:")) {
                engine.getLoadWorker().cancel();
                Platform.runLater(() -> engine.loadContent(html.get()));
            }
        });
        getChildren().setAll(view);
        if (html.get() != null) {
            engine.loadContent(html.get());
        }
    }

    /** A click on a link opens it in the system browser instead of in the preview; in-page anchors still scroll. */
    private void onClick(Event event) {
        Element link = enclosingLink(event.getTarget() instanceof Node node ? node : null);
        if (link == null || link.getAttribute("href").startsWith("#")) {
            return;
        }
        event.preventDefault();
        // The address the link would have led to, resolved as the page would have resolved it.
        openExternally.accept(link instanceof HTMLAnchorElement anchor ? anchor.getHref() : link.getAttribute("href"));
    }

    private static Element enclosingLink(Node node) {
        for (Node at = node; at != null; at = at.getParentNode()) {
            if (at instanceof Element element && "a".equalsIgnoreCase(element.getTagName()) && element.hasAttribute("href")) {
                return element;
            }
        }
        return null;
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
