package org.scriptorium.app.desktop;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import org.scriptorium.app.drafts.DraftsViewModel;

/** The studio's areas (only those that exist) and the theme switch. */
final class Sidebar extends VBox {
    /** The empty stretch between the areas and the sync status: where the window's notices are shown. */
    private final Region spacer;
    Sidebar(DraftsViewModel drafts, Theme theme, ObjectProperty<Area> area, javafx.beans.value.ObservableIntegerValue postsNeedingAttention,
            org.scriptorium.app.sync.SyncViewModel sync, Runnable showSync) {
        getStyleClass().add("sidebar");
        Label name = new Label("Scriptorium");
        name.getStyleClass().add("app-name");

        ToggleGroup areas = new ToggleGroup();
        ToggleButton draftsItem = navItem("Drafts", areas);
        draftsItem.setId("navDrafts");
        draftsItem.textProperty().bind(drafts.draftCountProperty().asString("Drafts  ·  %d"));
        ToggleButton trashItem = navItem("Trash", areas);
        trashItem.setId("navTrash");
        trashItem.textProperty().bind(drafts.trashCountProperty().asString("Trash  ·  %d"));
        ToggleButton researchItem = navItem("Research", areas);
        researchItem.setId("navResearch");
        ToggleButton postsItem = navItem("Posts", areas);
        postsItem.setId("navPosts");
        // The badge: failed or missed posts wait here for the user.
        postsItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> postsNeedingAttention.get() == 0 ? "Posts"
                : "Posts  ·  " + postsNeedingAttention.get() + " to see", postsNeedingAttention));
        ToggleButton analyticsItem = navItem("Analytics", areas);
        analyticsItem.setId("navAnalytics");
        ToggleButton accountsItem = navItem("Accounts", areas);
        accountsItem.setId("navAccounts");
        Runnable showArea = () -> (area.get() == Area.RESEARCH ? researchItem : area.get() == Area.ACCOUNTS ? accountsItem
                : area.get() == Area.POSTS ? postsItem : area.get() == Area.ANALYTICS ? analyticsItem
                : drafts.trashModeProperty().get() ? trashItem : draftsItem).setSelected(true);
        showArea.run();
        // A selected area stays selected: clicking it again must not leave no area chosen.
        areas.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (now == researchItem) {
                area.set(Area.RESEARCH);
            } else if (now == accountsItem) {
                area.set(Area.ACCOUNTS);
            } else if (now == postsItem) {
                area.set(Area.POSTS);
            } else if (now == analyticsItem) {
                area.set(Area.ANALYTICS);
            } else {
                drafts.trashModeProperty().set(now == trashItem);
                area.set(Area.DRAFTS);
            }
        });
        drafts.trashModeProperty().addListener((obs, old, trash) -> showArea.run());
        area.addListener((obs, old, now) -> showArea.run());

        spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label themeLabel = new Label("Theme");
        themeLabel.getStyleClass().add("text-muted");
        // Three small toggles rather than a drop-down: nothing opens past the window's edge.
        ToggleGroup themeGroup = new ToggleGroup();
        HBox themes = new HBox();
        themes.setId("themeChoice");
        themes.getStyleClass().add("theme-switch");
        for (Theme.Choice choice : Theme.Choice.values()) {
            // "Auto" where the room is small; the tooltip says what it means.
            ToggleButton option = new ToggleButton(choice == Theme.Choice.SYSTEM ? "Auto" : choice.label());
            option.setId("theme" + (choice == Theme.Choice.SYSTEM ? "System" : choice.label()));
            if (choice == Theme.Choice.SYSTEM) {
                option.setTooltip(new javafx.scene.control.Tooltip("Follow the system's light or dark setting"));
            }
            option.setToggleGroup(themeGroup);
            option.getStyleClass().add(Styles.SMALL);
            theme.offer(option, choice);
            option.setMaxWidth(Double.MAX_VALUE);
            option.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(option, Priority.ALWAYS);
            themes.getChildren().add(option);
        }
        themes.getChildren().getFirst().getStyleClass().add(Styles.LEFT_PILL);
        themes.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        themes.getChildren().getLast().getStyleClass().add(Styles.RIGHT_PILL);
        setAlignment(Pos.TOP_LEFT);
        // Where sync stands, always in view; a click opens File › Sync….
        javafx.scene.control.Hyperlink syncStatus = new javafx.scene.control.Hyperlink();
        syncStatus.setId("sidebarSyncStatus");
        syncStatus.textProperty().bind(sync.statusProperty());
        syncStatus.setWrapText(true);
        syncStatus.setOnAction(e -> showSync.run());
        syncStatus.getStyleClass().add("text-small");
        getChildren().addAll(name, draftsItem, trashItem, researchItem, postsItem, analyticsItem, accountsItem, spacer, syncStatus, themeLabel, themes);
    }

    /** Where the quiet stretch lies in the sidebar, kept up to date as the window is resized. */
    javafx.beans.value.ObservableValue<javafx.geometry.Bounds> quietArea() {
        return spacer.boundsInParentProperty();
    }

    private static ToggleButton navItem(String text, ToggleGroup group) {
        ToggleButton item = new ToggleButton(text);
        item.getStyleClass().add("nav-item");
        item.setToggleGroup(group);
        item.setMaxWidth(Double.MAX_VALUE);
        return item;
    }
}
