package org.scriptorium.app.desktop;

import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.function.Supplier;

/** What every test of the real window shares: the toolkit, a robot, and the app closed after each test. */
abstract class WindowTest {
    protected final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the app (its window on the primary stage) for this test. */
    protected void launch(Supplier<Application> makeApp) throws Exception {
        app = FxToolkit.setupApplication(makeApp::get);
    }

    /** Opens the window on the Posts area, past the welcome card, as a returning user finds it. */
    protected void launchInPosts(java.nio.file.Path dataDir) throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"posts\"}");
        launch(() -> new DesktopApp(dataDir));
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
