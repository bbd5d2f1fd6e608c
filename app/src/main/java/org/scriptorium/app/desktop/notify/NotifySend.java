package org.scriptorium.app.desktop.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Linux and the BSDs: libnotify's {@code notify-send}, which every common desktop's notification server answers. */
final class NotifySend implements Notifier {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final CommandRunner runner;

    NotifySend(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public void show(String title, String text) throws Exception {
        int exit = runner.run(command(title, text), TIMEOUT);
        if (exit != 0) {
            throw new IOException("notify-send exited with " + exit);
        }
    }

    /** "--" ends the options, so a title starting with a dash is still a title; the body may hold markup, so it is escaped. */
    static List<String> command(String title, String text) {
        return List.of("notify-send", "--app-name=Scriptorium", "--", title, markupEscaped(text));
    }

    private static String markupEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String name() {
        return "notify-send";
    }
}
