package org.scriptorium.app.desktop;

import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.scriptorium.app.desktop.notify.DesktopNotifications;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;

/**
 * What every test of the real window shares: the toolkit, a robot, the app closed after each test, and "now": a
 * Friday morning in Berlin, whatever day and zone the tests run in (the window and the studios a test fills
 * beforehand read the same running clock).
 */
abstract class WindowTest {
    /** A Friday: the calendar's week once lost a post moved to Thursday when the window was opened on a Friday. */
    static final ZonedDateTime PINNED_NOW = ZonedDateTime.of(2027, 1, 8, 10, 17, 0, 0, ZoneId.of("Europe/Berlin"));

    protected final FxRobot robot = new FxRobot();
    /** Starts at {@link #PINNED_NOW} when the test starts, then runs. */
    protected final Clock clock = TestStudios.runningFrom(PINNED_NOW);
    private Application app;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The window's context in tests: the pinned clock, no desktop notifications, real dialogs, no look for a newer release. */
    protected WindowContext context() {
        return WindowContext.forThisComputer().withClock(clock).withNotifications(DesktopNotifications.none()).withoutUpdateChecks();
    }

    /** A studio on the test's data, on the test's clock, to fill before the window opens. */
    protected Studio studio(Path dataDir) {
        return Studio.open(dataDir, clock);
    }

    /** Starts the app (its window on the primary stage) for this test. */
    protected void launch(Supplier<Application> makeApp) throws Exception {
        app = FxToolkit.setupApplication(makeApp::get);
    }

    /** Starts the window on this data with the test's context. */
    protected void launch(Path dataDir) throws Exception {
        launch(dataDir, context());
    }

    protected void launch(Path dataDir, WindowContext context) throws Exception {
        launch(() -> new DesktopApp(dataDir, context));
    }

    /** Opens the window on the Posts area, past the welcome card, as a returning user finds it. */
    protected void launchInPosts(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"posts\"}");
        launch(dataDir);
    }

    /** Connects the fake Bluesky account, then opens the window on Posts with the composer ready to choose it. */
    protected void launchInPostsWithBluesky(Path dataDir, org.scriptorium.publishers.bluesky.FakePds pds) throws Exception {
        try (Studio studio = studio(dataDir)) {
            pds.connect(studio.publishing());
        }
        launchInPosts(dataDir);
        UiWait.waitFor(() -> robot.lookup("#planAccounts .account-toggle").tryQuery().isPresent());
    }

    /** Switches on the first account the composer offers, by a click, as a user would. */
    protected void chooseFirstAccount() {
        robot.clickOn(robot.lookup("#planAccounts .account-toggle").<javafx.scene.Node>query());
    }

    /** Answers the question the window asks (Publish now?, Send now?…) with its action button, and waits for it to close. */
    protected void confirmQuestion() throws Exception {
        UiWait.waitFor(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        robot.clickOn("#confirmAction");
        UiWait.waitFor(() -> robot.lookup("#confirmAction").tryQuery().isEmpty());
    }

    /** Closes the app as a user quitting would (a test may launch it again on the same data). */
    protected void closeWindow() throws Exception {
        closeApp();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }
}
