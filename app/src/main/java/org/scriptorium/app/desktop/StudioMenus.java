package org.scriptorium.app.desktop;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action with its shortcut, so shortcuts can be discovered. */
final class StudioMenus {
    private final MainWindow window;
    private final Theme theme;

    StudioMenus(MainWindow window, Theme theme) {
        this.window = window;
        this.theme = theme;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), write(), view());
        bar.getMenus().add(help(bar));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        return new Menu("File", null,
                item("New draft", "Shortcut+N", window::newDraft),
                item("Import Markdown files…", "Shortcut+O", window.files()::importFiles),
                item("Import a folder…", null, window.files()::importFolder),
                item("Export this draft…", "Shortcut+E", window.files()::exportOpenDraft),
                item("Export all drafts…", "Shortcut+Shift+E", window.files()::exportAll),
                new SeparatorMenuItem(),
                item("Open demo workspace", null, window::openDemo),
                new SeparatorMenuItem(),
                item("Sync…", null, window::showSync),
                item("Settings…", "Shortcut+COMMA", window::showSettings),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", Platform::exit));
    }

    private Menu edit() {
        var editor = window.editor();
        return new Menu("Edit", null,
                item("Save revision", "Shortcut+S", window::saveRevision),
                item("Revision history…", "Shortcut+Shift+H", window::showHistory),
                new SeparatorMenuItem(),
                // Undo and redo are handled by the editor itself; the items are here to be found and clicked.
                item("Undo", null, editor::undo),
                item("Redo", null, editor::redo),
                new SeparatorMenuItem(),
                // The focused text control does these itself; the items show the keys and work with the mouse.
                item("Cut", null, () -> focusedText(javafx.scene.control.TextInputControl::cut, editor::cut)),
                item("Copy", null, () -> focusedText(javafx.scene.control.TextInputControl::copy, editor::copy)),
                item("Paste", null, () -> focusedText(javafx.scene.control.TextInputControl::paste, editor::paste)),
                new SeparatorMenuItem(),
                item("Bold", "Shortcut+B", editor::bold),
                item("Italic", "Shortcut+I", editor::italic),
                item("Link", "Shortcut+K", editor::link),
                new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", editor::find),
                item("Replace…", "Shortcut+H", editor::replace),
                item("Search all drafts", "Shortcut+Shift+F", window::focusSearch),
                item("Go to anything…", "Shortcut+P", window::showQuickSwitcher),
                new SeparatorMenuItem(),
                item("Move draft to trash", null, window::trashOpenDraft));
    }

    private Menu write() {
        Menu rewrite = new Menu("Rewrite selection");
        for (var kind : org.scriptorium.core.writing.assistant.RewriteKind.values()) {
            rewrite.getItems().add(item(org.scriptorium.app.writing.RewriteDialog.title(kind), null, () -> window.writing().rewriteSelection(kind)));
        }
        return new Menu("Write", null, rewrite,
                item("Social posts…", "Shortcut+Shift+S", window.writing()::showSocial),
                item("Plan a post from this draft…", null, window.writing()::planFromDraft),
                item("Search metadata…", null, window.writing()::showSeo),
                item("Images…", "Shortcut+Shift+I", window.writing()::showImages),
                new SeparatorMenuItem(),
                item("AI cost of this draft", null, window.writing()::showDraftCost),
                item("AI providers and costs…", null, window.writing()::showProviders));
    }

    private Menu view() {
        var editor = window.editor();
        CheckMenuItem preview = new CheckMenuItem("Show preview");
        preview.selectedProperty().bindBidirectional(editor.previewVisibleProperty());
        preview.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        CheckMenuItem wrap = new CheckMenuItem("Wrap long lines");
        wrap.setId("wrapLines");
        wrap.selectedProperty().bindBidirectional(editor.wrapLinesProperty());
        CheckMenuItem remote = new CheckMenuItem("Load remote images in preview");
        remote.setSelected(window.allowRemoteImages());
        remote.selectedProperty().addListener((obs, was, is) -> window.setAllowRemoteImages(is));
        CheckMenuItem notifications = new CheckMenuItem("Desktop notifications when a post fails");
        notifications.setId("desktopNotifications");
        notifications.setSelected(window.alerts().desktopNotificationsProperty().get());
        window.alerts().desktopNotificationsProperty().addListener((obs, was, is) -> notifications.setSelected(is));
        notifications.setOnAction(e -> window.alerts().setDesktopNotifications(notifications.isSelected()));

        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("Theme");
        for (Theme.Choice choice : Theme.Choice.values()) {
            RadioMenuItem option = new RadioMenuItem(choice.label());
            option.setToggleGroup(themes);
            theme.offer(option, choice);
            themeMenu.getItems().add(option);
        }
        return new Menu("View", null, item("Drafts", "Shortcut+1", window::showDrafts), item("Research", "Shortcut+2", window::showResearch),
                item("Posts", "Shortcut+3", window::showPosts), item("Analytics", "Shortcut+4", window::showAnalytics),
                item("Accounts", "Shortcut+5", window::showAccounts),
                new SeparatorMenuItem(), preview, wrap, item("Focus mode", "Shortcut+Shift+ENTER", window::toggleFocusMode), remote, notifications,
                new SeparatorMenuItem(), themeMenu);
    }

    private Menu help(MenuBar bar) {
        var updates = window.updates();
        MenuItem checkNow = item("Check for updates", null, updates::checkNow);
        checkNow.setId("checkForUpdates");
        CheckMenuItem daily = new CheckMenuItem("Check for updates daily");
        daily.setId("checkForUpdatesDaily");
        daily.setSelected(updates.automaticProperty().get());
        updates.automaticProperty().addListener((obs, was, is) -> daily.setSelected(is));
        daily.setOnAction(e -> updates.setAutomatic(daily.isSelected()));
        MenuItem shortcuts = item("Keyboard shortcuts", "Shortcut+SLASH", () -> HelpDialogs.shortcuts(window.getScene().getWindow(), bar));
        MenuItem about = item("About Scriptorium", null, window::showAbout);
        return new Menu("Help", null, shortcuts, new SeparatorMenuItem(), checkNow, daily, new SeparatorMenuItem(), about);
    }

    /** Runs a clipboard action on the focused field, or on the editor when it has the focus. */
    private void focusedText(java.util.function.Consumer<javafx.scene.control.TextInputControl> onField, Runnable onEditor) {
        var focused = window.getScene() == null ? null : window.getScene().getFocusOwner();
        if (focused instanceof javafx.scene.control.TextInputControl field) {
            onField.accept(field);
        } else {
            onEditor.run();
        }
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
