package org.scriptorium.app.desktop;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user sees as a broken layout, read from a scene's laid-out nodes: a control whose text the skin cut into an
 * ellipsis ("Publish o…"), a prompt wider than its field, a control lying partly outside the window. Rows of lists
 * and tables, and nodes marked {@code may-truncate} (calendar chips showing the start of a post), are meant to cut
 * long text and are left out; so is what lies inside a scrolling viewport, which may extend past it.
 */
final class LayoutCheck {
    static final String MAY_TRUNCATE = "may-truncate";

    private LayoutCheck() {
    }

    /** Every problem in the scene as "what: where", empty when the layout is sound. Call on the FX thread. */
    static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, boolean scrolled, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains(MAY_TRUNCATE) || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && clipped(labeled)) {
            found.add("text cut to \"" + shownText(labeled) + "\" (\"" + labeled.getText() + "\"): " + describe(node));
        }
        if (node instanceof javafx.scene.control.TextField field && promptCut(field)) {
            found.add("prompt \"" + field.getPromptText() + "\" wider than its field: " + describe(node));
        }
        boolean reported = false;
        if (!scrolled && isControlLeaf(node) && outside(node, scene)) {
            reported = true; // its parts lie outside too: one line says it
            Bounds b = node.localToScene(node.getLayoutBounds());
            found.add("outside the window (x %.0f–%.0f, y %.0f–%.0f in %.0f×%.0f): %s".formatted(b.getMinX(), b.getMaxX(),
                    b.getMinY(), b.getMaxY(), scene.getWidth(), scene.getHeight(), describe(node)));
        }
        if (node instanceof Parent parent) {
            boolean inside = scrolled || reported || node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow")
                    || node.getStyleClass().contains("list-view") || node.getStyleClass().contains("table-view");
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, inside, found);
            }
        }
    }

    private static boolean clipped(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        String shown = shownText(labeled);
        return shown != null && !shown.equals(text) && shown.endsWith(labeled.getEllipsisString());
    }

    /** The text the skin draws (LabeledText), which it cuts and ends with the ellipsis when there is no room. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private static boolean promptCut(javafx.scene.control.TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !(field.getText() == null || field.getText().isEmpty()) || field.getWidth() <= 0) {
            return false;
        }
        Text measure = new Text(prompt);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return measure.getLayoutBounds().getWidth() > room + 1;
    }

    /** Controls and text: what a user clicks or reads (their skins' inner parts are checked through them). */
    private static boolean isControlLeaf(Node node) {
        return node instanceof javafx.scene.control.Control || node instanceof Text;
    }

    private static boolean outside(Node node, Scene scene) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return false;
        }
        return b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
            if (n.getId() != null || n == node) {
                path.insert(0, path.isEmpty() ? name : name + " > ");
            }
        }
        return path.toString();
    }
}
