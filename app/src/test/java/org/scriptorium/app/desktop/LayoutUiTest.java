package org.scriptorium.app.desktop;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;

/**
 * Every area and main dialog at the smallest window the studio supports, 960×640, in light and dark: no control's
 * text is cut into an ellipsis, no prompt is wider than its field, nothing lies outside the window, and no dialog is
 * larger than the window it belongs to.
 */
class LayoutUiTest extends ShowcaseWindowTest {
    static final int WIDTH = 960;
    static final int HEIGHT = 640;

    @Test
    void everyAreaFitsTheSmallestWindow() throws Exception {
        Stage main = openShowcase(WIDTH, HEIGHT);

        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            tour.theme(theme);
            for (ScreenTour.Stop stop : tour.stops()) {
                stop.go().run(robot);
                Thread.sleep(250);
                for (String problem : onFx(() -> LayoutCheck.problems(tour.sceneOf(stop, main)))) {
                    problems.add(theme + " " + stop.name() + ": " + problem);
                }
                if (stop.dialog()) {
                    Window dialog = onFx(ScreenTour::topWindow);
                    double w = onFx(dialog::getWidth);
                    double h = onFx(dialog::getHeight);
                    if (w > WIDTH || h > HEIGHT) {
                        problems.add("%s %s: the dialog is %.0f×%.0f, larger than the window".formatted(theme, stop.name(), w, h));
                    }
                    ScreenTour.closeDialogs(main);
                }
            }
        }
        assertThat(problems).as("layout problems at %d×%d", WIDTH, HEIGHT).isEmpty();
    }
}
