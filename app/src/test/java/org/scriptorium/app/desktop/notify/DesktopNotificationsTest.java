package org.scriptorium.app.desktop.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Which command each system gets, what reaches it, and that a notifier failing never reaches the caller. */
class DesktopNotificationsTest {
    private static final String TRICKY = "Ana: “He said \"ship it\" \\ and left” end run <b>&</b>";

    /** Records each command instead of running it; answers with the exit code it is given. */
    private static final class RecordingRunner implements CommandRunner {
        final List<List<String>> ran = new ArrayList<>();
        int exitCode;

        @Override
        public int run(List<String> command, Duration timeout) {
            ran.add(command);
            return exitCode;
        }
    }

    private final RecordingRunner runner = new RecordingRunner();
    private final Notifier tray = new Notifier() {
        @Override
        public void show(String title, String text) {
        }

        @Override
        public String name() {
            return "the system tray";
        }
    };

    private Notifier chosenFor(String os, boolean notifySendInstalled, boolean traySupported) {
        return DesktopNotifications.choose(os, program -> notifySendInstalled && program.equals("notify-send"), runner, () -> traySupported, () -> tray);
    }

    @Test
    void onMacOsTheTitleAndTextReachOsascriptAsArgumentsAndNeverInsideTheScript() throws Exception {
        Notifier mac = chosenFor("Mac OS X", true, true);
        mac.show("A post could not go out", TRICKY);

        assertThat(mac.name()).isEqualTo("osascript");
        assertThat(runner.ran).singleElement().isEqualTo(List.of("osascript",
                "-e", "on run argv",
                "-e", "display notification (item 2 of argv) with title \"Scriptorium\" subtitle (item 1 of argv)",
                "-e", "end run",
                "A post could not go out", TRICKY));
    }

    @Test
    void onMacOsTextThatLooksLikeAnOptionOrSpansLinesStaysOneArgument() throws Exception {
        chosenFor("Mac OS X", false, false).show("-e do shell script", "first line\nsecond line");

        assertThat(runner.ran.getFirst().subList(7, 9)).containsExactly(" -e do shell script", "first line second line");
    }

    @Test
    void onLinuxNotifySendWhenInstalledWithItsMarkupEscaped() throws Exception {
        Notifier linux = chosenFor("Linux", true, true);
        linux.show("-A post could not go out", TRICKY);

        assertThat(linux.name()).isEqualTo("notify-send");
        assertThat(runner.ran).singleElement().isEqualTo(List.of("notify-send", "--app-name=Scriptorium", "--", "-A post could not go out",
                "Ana: “He said \"ship it\" \\ and left” end run &lt;b&gt;&amp;&lt;/b&gt;"));
    }

    @Test
    void withoutNotifySendTheTrayWhereThereIsOneElseNothing() {
        assertThat(chosenFor("Linux", false, true)).isSameAs(tray);
        assertThat(chosenFor("Linux", false, false)).isSameAs(Notifier.NONE);
        assertThat(chosenFor("FreeBSD", true, false).name()).isEqualTo("notify-send");
    }

    @Test
    void onWindowsTheSystemTrayWhenSupportedElseNothing() {
        assertThat(chosenFor("Windows 11", true, true)).isSameAs(tray);
        assertThat(chosenFor("Windows 11", true, false)).isSameAs(Notifier.NONE);
        assertThat(runner.ran).isEmpty();
    }

    @Test
    void aNotifierThatFailsOrHangsIsLoggedAndNeverFeltByTheCaller() {
        runner.exitCode = 1;
        DesktopNotifications failing = new DesktopNotifications(new NotifySend(runner), Runnable::run);
        assertThatCode(() -> failing.send("Title", "Text")).doesNotThrowAnyException();
        assertThat(runner.ran).hasSize(1);

        DesktopNotifications hanging = new DesktopNotifications(new NotifySend((command, timeout) -> {
            throw new TimeoutException("notify-send did not finish within 10 seconds");
        }), Runnable::run);
        assertThatCode(() -> hanging.send("Title", "Text")).doesNotThrowAnyException();
    }
}
