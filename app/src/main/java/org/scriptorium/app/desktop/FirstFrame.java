package org.scriptorium.app.desktop;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells when a frame showing something has been drawn, for the start-up probe and the bare window it is compared
 * with, so both are timed the same way. After each layout pass (a post-layout pulse listener) it asks for the node
 * that shows the thing; once there is one, that pulse goes on to hand its frame to the renderer, and right after the
 * pulse a snapshot of the node waits, as every snapshot does, until the renderer has finished the frame in flight.
 * The snapshot itself draws only that node, a small cost counted in.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Calls {@code drawn} on the FX thread with the node once a frame with it has been rendered. {@code showing} runs
     * on the FX thread after each layout pass until it returns a node; null means "not laid out yet". Call on the FX
     * thread.
     */
    public static void whenRendered(Scene scene, Supplier<Node> showing, Consumer<Node> drawn) {
        Runnable[] afterLayout = new Runnable[1];
        afterLayout[0] = () -> {
            Node node = showing.get();
            if (node == null) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(afterLayout[0]);
            // Queued behind the rest of this pulse, which syncs the laid-out scene and hands it to the renderer.
            Platform.runLater(() -> {
                node.snapshot(null, null);
                drawn.accept(node);
            });
        };
        scene.addPostLayoutPulseListener(afterLayout[0]);
        Platform.requestNextPulse();
    }
}
