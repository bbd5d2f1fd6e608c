package org.scriptorium.app.common;

import javafx.scene.web.WebView;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads WebKit's native library and starts its engine on a background thread. Left to the first
 * {@code new WebView()} on the FX thread, this takes over a second during which the window is frozen.
 */
public final class WebKitLoader {
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    /** Completes when a WebView can be created at once (exceptionally if WebKit cannot load here). */
    public CompletionStage<Void> loaded() {
        return loaded;
    }

    /** Starts loading, once; later calls do nothing. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("webkit-loader").daemon().start(() -> {
            try {
                // The class initializer of WebKit's page peer loads the library and initializes the engine.
                Class.forName("com.sun.webkit.WebPage", true, WebView.class.getClassLoader());
                loaded.complete(null);
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        });
    }
}
