package org.scriptorium.app.desktop;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.scriptorium.app.desktop.UiWait.onFx;

/** A window test on the showcase studio: its data filled first, the window opened at a size, the servers closed after. */
abstract class ShowcaseWindowTest extends WindowTest {
    @TempDir
    static Path dataDir;
    protected ShowcaseStudio showcase;
    protected ScreenTour tour;

    /** Fills the showcase, opens the window at this size and returns its stage. */
    protected Stage openShowcase(int width, int height) throws Exception {
        showcase = ShowcaseStudio.fill(dataDir, clock);
        showcase.rememberWindow(dataDir, width, height, "light");
        launch(dataDir);
        tour = new ScreenTour(robot, showcase);
        MainWindow window = tour.mainWindow();
        Stage main = onFx(() -> (Stage) window.getScene().getWindow());
        tour.resize(main, width, height);
        return main;
    }

    @AfterEach
    void closeShowcaseServers() {
        if (showcase != null) {
            showcase.close();
        }
    }
}
