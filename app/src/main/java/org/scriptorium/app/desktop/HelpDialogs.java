package org.scriptorium.app.desktop;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Help › Keyboard shortcuts and Help › About: what every desktop app has. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /** Every shortcut of the menu bar, read from the menus themselves so the sheet is never out of date. */
    static void shortcuts(Window owner, MenuBar menus) {
        GridPane grid = new GridPane(24, 6);
        int row = 0;
        for (Menu menu : menus.getMenus()) {
            boolean headed = false;
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() == null) {
                    continue;
                }
                if (!headed) {
                    Label heading = new Label(menu.getText());
                    heading.getStyleClass().add(Styles.TITLE_4);
                    grid.add(heading, 0, row++, 2, 1);
                    headed = true;
                }
                Label keys = new Label(item.getAccelerator().getDisplayText());
                keys.getStyleClass().add("shortcut-keys");
                grid.addRow(row++, new Label(item.getText()), keys);
            }
        }
        grid.addRow(row++, new Label("Undo, redo"), keysLabel(shortcut("Z") + ", " + shortcut("Shift+Z")));
        grid.addRow(row++, new Label("Cut, copy, paste"), keysLabel(shortcut("X") + ", " + shortcut("C") + ", " + shortcut("V")));
        grid.addRow(row, new Label("Close a dialog"), keysLabel("Esc"));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        show(owner, "Keyboard shortcuts", scroll, 460);
    }

    /** "Ctrl+Z" here, "⌘Z" on a Mac: as the system writes its shortcut key. */
    private static String shortcut(String keys) {
        return javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + keys).getDisplayText();
    }

    private static Label keysLabel(String text) {
        Label keys = new Label(text);
        keys.getStyleClass().add("shortcut-keys");
        return keys;
    }

    static void about(Window owner, String version, Path dataFolder) {
        Label name = new Label("Scriptorium " + version);
        name.getStyleClass().add(Styles.TITLE_3);
        Label what = new Label("A content studio that keeps your work on your own machine.");
        what.setWrapText(true);
        Label folder = new Label("Your data: " + dataFolder.toAbsolutePath());
        folder.setId("aboutDataFolder");
        folder.setWrapText(true);
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        TextArea licences = new TextArea(licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(10);
        show(owner, "About Scriptorium", new VBox(10, name, what, folder, new Label("Licences"), licences), 520);
    }

    private static String licences() {
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/org/scriptorium/resources/about/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void show(Window owner, String title, javafx.scene.Node content, double width) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, width);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
