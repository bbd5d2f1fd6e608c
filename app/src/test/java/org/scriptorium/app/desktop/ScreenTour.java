package org.scriptorium.app.desktop;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * Every area of the window and its main dialogs, visited in turn on a showcase studio: the layout test checks each at
 * the smallest supported size, the screenshots capture each at the sizes and themes the README shows.
 */
final class ScreenTour {
    /** A place in the window: its name (the screenshot's file name) and how a user gets there. */
    record Stop(String name, Step go, boolean dialog) {
    }

    @FunctionalInterface
    interface Step {
        void run(FxRobot robot) throws Exception;
    }

    private final FxRobot robot;
    private final ShowcaseStudio showcase;

    ScreenTour(FxRobot robot, ShowcaseStudio showcase) {
        this.robot = robot;
        this.showcase = showcase;
    }

    List<Stop> stops() {
        List<Stop> stops = new ArrayList<>();
        stops.add(new Stop("drafts", r -> {
            r.clickOn("#navDrafts");
            openFirstDraft();
        }, false));
        stops.add(new Stop("editor-find", r -> {
            r.clickOn("#navDrafts");
            openFirstDraft();
            inWindow(window -> window.editor().find());
            waitFor(() -> shown("#findField"));
            r.write("draft");
            Thread.sleep(200);
        }, false));
        stops.add(new Stop("close-find", r -> {
            r.type(javafx.scene.input.KeyCode.ESCAPE);
            waitFor(() -> !shown("#findField"));
        }, false));
        stops.add(new Stop("notice-undo", r -> {
            r.clickOn("#navDrafts");
            openFirstDraft();
            inWindow(window -> window.notices().clear()); // the screen shows this one notice
            chooseMenuItem("#draftActions", "trashDraft");
            waitFor(() -> shown("#undoMessage"));
        }, false));
        stops.add(new Stop("close-notice", r -> {
            r.clickOn("#undoMessage");
            waitFor(() -> r.lookup("#undoMessage").tryQuery().isEmpty());
            inWindow(window -> window.notices().clear());
        }, false));
        stops.add(new Stop("trash", r -> {
            r.clickOn("#navTrash");
            waitFor(() -> shown("#draftList"));
        }, false));
        stops.add(new Stop("research-topic", this::openResearchedTopic, false));
        for (String tab : List.of("keywords", "competitors", "gaps")) {
            stops.add(new Stop("research-" + tab, r -> {
                openResearchedTopic(r);
                r.clickOn("#" + tab + "Tab");
                waitFor(() -> shown("#" + tab + "Tab"));
            }, false));
        }
        stops.add(new Stop("research-sources", r -> {
            r.clickOn("#navResearch");
            r.clickOn("#sourcesTab");
            waitFor(() -> shown("#sourceTable"));
        }, false));
        stops.add(new Stop("research-documents", r -> {
            r.clickOn("#navResearch");
            r.clickOn("#documentsTab");
            waitFor(() -> shown("#documentResults"));
        }, false));
        for (String mode : List.of("Month", "Week", "Day", "Agenda")) {
            stops.add(new Stop("posts-" + mode.toLowerCase(java.util.Locale.ROOT), r -> {
                r.clickOn("#navPosts");
                waitFor(() -> r.lookup("#postViews").tryQuery().isPresent());
                onFx(() -> {
                    r.lookup("#postViews").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().selectFirst();
                    return null;
                });
                waitFor(() -> shown("#show" + mode));
                r.clickOn("#show" + mode);
            }, false));
        }
        stops.add(new Stop("posts-composer", r -> {
            r.clickOn("#navPosts");
            waitFor(() -> shown("#planAccounts"));
            onFx(() -> {
                r.lookup("#planAccounts .account-toggle").queryAll().forEach(t -> ((javafx.scene.control.ToggleButton) t).setSelected(true));
                r.lookup("#planText").queryAs(javafx.scene.control.TextArea.class)
                        .setText("Bike lanes downtown: four streets, protected, from March. What changes for you: https://example.com/bike-lanes");
                r.lookup("#planPreviewToggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true);
                return null;
            });
            waitFor(() -> shown("#planPreview"));
            waitFor(() -> shown("#planTagsNote")); // the Bluesky account tags its links: the form with its note must still fit
        }, false));
        stops.add(new Stop("posts-queue", r -> {
            r.clickOn("#navPosts");
            waitFor(() -> shown("#queueTab"));
            r.clickOn("#queueTab");
        }, false));
        stops.add(new Stop("dialog-slots", r -> {
            r.clickOn("#navPosts");
            waitFor(() -> shown("#queueTab"));
            r.clickOn("#queueTab");
            onFx(() -> {
                r.lookup("#queueAccount").<javafx.scene.control.ComboBox<?>>query().getSelectionModel().selectFirst();
                r.lookup("#queueSlots").queryAs(javafx.scene.control.TextField.class).setText("Mon-Fri 09:00,17:00; Sat 10:30");
                return null;
            });
            openDialog(window -> r.lookup("#queuePickSlots").queryButton().fire());
        }, true));
        stops.add(new Stop("analytics", r -> {
            r.clickOn("#navAnalytics");
            waitFor(() -> shown("#analyticsTotals") && !r.lookup("#analyticsTotals").queryLabeled().getText().isEmpty());
            onFx(() -> {
                javafx.scene.control.ComboBox<Object> account = r.lookup("#analyticsAccount").query();
                account.getSelectionModel().select(1); // the first account, past "Every account"
                return null;
            });
            waitFor(() -> shown("#bestTimesHeatmap"));
            waitFor(() -> !r.lookup("#analyticsTopPosts").<javafx.scene.control.TableView<?>>query().getItems().isEmpty());
            onFx(() -> {
                r.lookup("#analyticsTopPosts").<javafx.scene.control.TableView<?>>query().getSelectionModel().selectFirst();
                return null;
            });
            Thread.sleep(300);
        }, false));
        stops.add(new Stop("analytics-topics", r -> {
            r.clickOn("#navAnalytics");
            waitFor(() -> shown("#analyticsLists"));
            onFx(() -> {
                r.lookup("#analyticsLists").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2); // By topic
                return null;
            });
            waitFor(() -> !r.lookup("#analyticsByTopic").<javafx.scene.control.TableView<?>>query().getItems().isEmpty());
            Thread.sleep(300);
        }, false));
        stops.add(new Stop("dialog-tag-links", r -> {
            r.clickOn("#navAccounts");
            waitFor(() -> shown("#accountList"));
            onFx(() -> {
                r.lookup("#accountList").<javafx.scene.control.ListView<?>>query().getSelectionModel().selectFirst();
                return null;
            });
            openDialog(window -> r.lookup("#tagLinks").queryButton().fire());
        }, true));
        stops.add(new Stop("accounts", r -> {
            r.clickOn("#navAccounts");
            waitFor(() -> r.lookup("#navAccounts").tryQuery().isPresent());
        }, false));
        stops.add(new Stop("dialog-providers", r -> openDialog(window -> window.writing().showProviders()), true));
        stops.add(new Stop("dialog-connect-linkedin", r -> {
            r.clickOn("#navAccounts");
            waitFor(() -> shown("#connectAccount"));
            chooseMenuItem("#connectAccount", "connectLinkedIn");
            waitFor(() -> topWindow() != mainWindow().getScene().getWindow());
            Thread.sleep(300);
        }, true));
        stops.add(new Stop("dialog-sync", r -> openDialog(MainWindow::showSync), true));
        stops.add(new Stop("quick-switcher", r -> {
            r.clickOn("#navDrafts");
            inWindow(MainWindow::showQuickSwitcher);
            waitFor(() -> shown("#quickSwitcherField"));
            r.write("thr");
            Thread.sleep(300);
        }, false));
        stops.add(new Stop("close-switcher", r -> {
            r.type(javafx.scene.input.KeyCode.ESCAPE);
            waitFor(() -> r.lookup("#quickSwitcher").tryQuery().isEmpty());
        }, false));
        stops.add(new Stop("dialog-settings", r -> openDialog(MainWindow::showSettings), true));
        stops.add(new Stop("dialog-settings-research", r -> {
            openDialog(MainWindow::showSettings);
            r.clickOn("#settingsResearch");
            waitFor(() -> robot.lookup("#competitorList").tryQuery().isPresent()
                    && !robot.lookup("#competitorList").<ListView<?>>query().getItems().isEmpty());
        }, true));
        stops.add(new Stop("dialog-about", r -> openDialog(MainWindow::showAbout), true));
        stops.add(new Stop("dialog-history", r -> {
            r.clickOn("#navDrafts");
            openFirstDraft();
            openDialog(MainWindow::showHistory);
            // The first revision: the draft was edited since, so the diff has changed words to show.
            waitFor(() -> robot.lookup("#revisionList").tryQuery().isPresent()
                    && robot.lookup("#revisionList").<ListView<?>>query().getItems().size() > 1);
            onFx(() -> {
                ListView<?> revisions = robot.lookup("#revisionList").query();
                revisions.getSelectionModel().selectLast();
                return null;
            });
            waitFor(() -> !robot.lookup("#restoreRevisionButton").query().isDisabled());
        }, true));
        return stops;
    }

    private void openFirstDraft() throws Exception {
        waitFor(() -> shown("#draftList") && !robot.lookup("#draftList").<ListView<?>>query().getItems().isEmpty());
        onFx(() -> {
            ListView<?> list = robot.lookup("#draftList").query();
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            return null;
        });
        waitFor(() -> shown("#markdownEditor") && mainWindow().openDraftId() != null);
    }

    /** Opens a dialog as its menu item does (it may wait for its answer, so not from inside a read) and waits for it. */
    private void openDialog(Consumer<MainWindow> open) throws Exception {
        MainWindow window = mainWindow();
        Platform.runLater(() -> {
            try {
                open.accept(window);
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
        try {
            waitFor(() -> topWindow() != window.getScene().getWindow());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No dialog opened; windows: " + onFx(() -> Window.getWindows().stream()
                    .map(w -> w.getClass().getSimpleName() + (w.isShowing() ? " showing" : "") + (w instanceof Stage st ? " " + st.getTitle() : "")).toList()), e);
        }
        Thread.sleep(400); // its content loads in the background: give it a moment to fill
    }

    /** Does something in the window, on the FX thread, and waits for it. */
    private void inWindow(Consumer<MainWindow> action) throws Exception {
        MainWindow window = mainWindow();
        onFx(() -> {
            action.accept(window);
            return null;
        });
    }

    /**
     * Chooses a menu button's item as the item itself does when clicked, without waiting for what it opens (a click on
     * a popup menu's item is unreliable at some window sizes).
     */
    private void chooseMenuItem(String menuButton, String itemId) throws Exception {
        javafx.scene.control.MenuButton button = onFx(() -> robot.lookup(menuButton).queryAs(javafx.scene.control.MenuButton.class));
        Platform.runLater(() -> button.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    MainWindow mainWindow() throws Exception {
        waitFor(() -> robot.lookup(n -> n instanceof MainWindow).tryQuery().isPresent());
        return onFx(() -> (MainWindow) robot.lookup(n -> n instanceof MainWindow).query());
    }

    /** The newest showing window: the dialog a stop opened, or the main window. */
    static Window topWindow() {
        List<Window> stages = Window.getWindows().filtered(w -> w instanceof Stage && w.isShowing() && w.getScene() != null);
        return stages.getLast();
    }

    /** Closes every window but the main one. */
    static void closeDialogs(Stage main) throws Exception {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != main && w instanceof Stage && w.isShowing()) {
                    w.hide();
                }
            }
            return null;
        });
        waitFor(() -> topWindow() == main);
    }

    void resize(Stage stage, double width, double height) throws Exception {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        waitFor(() -> Math.abs(stage.getScene().getWidth() - width) < 40);
        Thread.sleep(200);
    }

    void theme(String key) throws Exception {
        robot.clickOn("#theme" + Character.toUpperCase(key.charAt(0)) + key.substring(1));
        Thread.sleep(300);
    }

    Scene sceneOf(Stop stop, Stage main) throws Exception {
        return onFx(() -> stop.dialog() ? topWindow().getScene() : main.getScene());
    }

    /** The node is in a window and it and all its parents are visible, with some size. */
    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null && n.localToScene(n.getLayoutBounds()).getWidth() > 0;
        }).orElse(false);
    }

    /** The Research area with the showcase's researched topic open. */
    private void openResearchedTopic(FxRobot r) throws Exception {
        r.clickOn("#navResearch");
        waitFor(() -> shown("#topicsTab"));
        r.clickOn("#topicsTab");
        waitFor(() -> shown("#topicList") && !r.lookup("#topicList").<ListView<?>>query().getItems().isEmpty());
        onFx(() -> {
            ListView<Object> list = r.lookup("#topicList").query();
            list.getItems().stream().filter(t -> t.toString().contains(showcase.researched.id().toString())
                    || t.equals(showcase.researched)).findFirst().ifPresentOrElse(list.getSelectionModel()::select,
                    () -> list.getSelectionModel().selectFirst());
            return null;
        });
        waitFor(() -> shown("#topicTitle"));
    }
}
