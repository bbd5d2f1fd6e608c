package org.scriptorium.app.desktop;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
class ScreensTour extends ShowcaseWindowTest {
    @Test
    void captureEveryScreen() throws Exception {
        Path out = Path.of(System.getProperty("screens.dir"));
        Files.createDirectories(out);
        Stage main = openShowcase(1280, 800);
        // screens.only=research,accounts: only the screens whose names start so.
        List<String> only = java.util.Arrays.stream(System.getProperty("screens.only", "").split(",")).filter(p -> !p.isBlank()).toList();
        // screens.sizes=1000x700 and screens.themes=dark narrow a run down while working on one screen.
        List<String> themes = List.of(System.getProperty("screens.themes", "light,dark").split(","));
        List<int[]> sizes = java.util.Arrays.stream(System.getProperty("screens.sizes", "1000x700,1280x800,1920x1080").split(","))
                .map(s -> java.util.Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray()).toList();
        for (String theme : themes) {
            tour.theme(theme);
            for (int[] size : sizes) {
                tour.resize(main, size[0], size[1]);
                boolean lastShown = false;
                for (ScreenTour.Stop stop : tour.stops()) {
                    boolean stepBack = stop.name().startsWith("close-"); // undoes the stop before it; nothing to show
                    boolean wanted = stepBack ? lastShown : only.isEmpty() || only.stream().anyMatch(stop.name()::startsWith);
                    lastShown = wanted && !stepBack;
                    if (!wanted) {
                        continue;
                    }
                    stop.go().run(robot);
                    if (stepBack) {
                        continue;
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
