package org.scriptorium.app.desktop;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.Snapshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.scriptorium.app.desktop.UiWait.onFx;

/**
 * Not a test: the screenshots of every area and main dialog at 1000×700, 1280×800 and 1920×1080, light and dark, into
 * the folder named by {@code screens.dir} (bin/screenshot runs it; without the property it is skipped).
 */
@EnabledIfSystemProperty(named = "screens.dir", matches = ".+")
class ScreensTour extends WindowTest {
    @TempDir
    static Path dataDir;
    private ShowcaseStudio showcase;

    @AfterEach
    void closeServers() {
        if (showcase != null) {
            showcase.close();
        }
    }

    @Test
    void captureEveryScreen() throws Exception {
        Path out = Path.of(System.getProperty("screens.dir"));
        Files.createDirectories(out);
        showcase = ShowcaseStudio.fill(dataDir, clock);
        showcase.rememberWindow(dataDir, 1280, 800, "light");
        launch(dataDir);
        ScreenTour tour = new ScreenTour(robot, showcase);
        MainWindow window = tour.mainWindow();
        Stage main = onFx(() -> (Stage) window.getScene().getWindow());
        String only = System.getProperty("screens.only", "");
        // screens.sizes=1000x700 and screens.themes=dark narrow a run down while working on one screen.
        List<String> themes = List.of(System.getProperty("screens.themes", "light,dark").split(","));
        List<int[]> sizes = java.util.Arrays.stream(System.getProperty("screens.sizes", "1000x700,1280x800,1920x1080").split(","))
                .map(s -> java.util.Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray()).toList();
        for (String theme : themes) {
            tour.theme(theme);
            for (int[] size : sizes) {
                tour.resize(main, size[0], size[1]);
                for (ScreenTour.Stop stop : tour.stops()) {
                    if (!only.isEmpty() && !stop.name().startsWith(only) && !stop.name().startsWith("close-")) {
                        continue;
                    }
                    stop.go().run(robot);
                    if (stop.name().startsWith("close-")) {
                        continue; // a step back to where the next stop starts, nothing to show
                    }
                    Thread.sleep(stop.dialog() ? 300 : 500);
                    Path file = out.resolve("%s-%dx%d-%s.png".formatted(stop.name(), size[0], size[1], theme));
                    Snapshots.savePng(onFx(() -> tour.sceneOf(stop, main).snapshot(null)), file);
                    if (stop.dialog()) {
                        ScreenTour.closeDialogs(main);
                    }
                }
            }
        }
    }
}
