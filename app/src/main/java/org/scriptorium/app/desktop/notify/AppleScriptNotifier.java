package org.scriptorium.app.desktop.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * macOS: {@code osascript}'s {@code display notification}. The title and text reach the script as its arguments
 * (the run handler's {@code argv}), never written into the script, so no quote or backslash in a post can end a
 * string early and become AppleScript.
 */
final class AppleScriptNotifier implements Notifier {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final List<String> SCRIPT = List.of("-e", "on run argv",
            "-e", "display notification (item 2 of argv) with title \"Scriptorium\" subtitle (item 1 of argv)",
            "-e", "end run");
    private final CommandRunner runner;

    AppleScriptNotifier(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public void show(String title, String text) throws Exception {
        int exit = runner.run(command(title, text), TIMEOUT);
        if (exit != 0) {
            throw new IOException("osascript exited with " + exit);
        }
    }

    static List<String> command(String title, String text) {
        return java.util.stream.Stream.of(List.of("osascript"), SCRIPT, List.of(argument(title), argument(text)))
                .flatMap(List::stream).toList();
    }

    // osascript reads options until its first other argument: one starting with a dash must not look like an option.
    private static String argument(String value) {
        String oneLine = value.replaceAll("\\R", " ");
        return oneLine.startsWith("-") ? " " + oneLine : oneLine;
    }

    @Override
    public String name() {
        return "osascript";
    }
}
