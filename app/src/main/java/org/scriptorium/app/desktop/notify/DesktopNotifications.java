package org.scriptorium.app.desktop.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Notifications on the desktop, the way this computer shows them, sent one after another on a thread of their own:
 * neither the window nor a publishing round ever waits for one, and one that fails is logged, never felt.
 */
public final class DesktopNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifications.class);

    private final Notifier notifier;
    private final Executor sender;

    /** {@code sender} runs each showing; the app gives a thread of its own, tests the calling thread. */
    public DesktopNotifications(Notifier notifier, Executor sender) {
        this.notifier = notifier;
        this.sender = sender;
    }

    /** The way is chosen on the first notification, on the notifications' thread: most runs never need one. */
    public static DesktopNotifications forThisComputer() {
        return new DesktopNotifications(new ChosenOnFirstUse(() -> choose(System.getProperty("os.name", ""), DesktopNotifications::onPath,
                new ProcessCommandRunner(), TrayNotifier::supported, TrayNotifier::new)),
                Executors.newSingleThreadExecutor(Thread.ofVirtual().name("notifications").factory()));
    }

    /** None at all: failures show in the window only. */
    public static DesktopNotifications none() {
        return new DesktopNotifications(Notifier.NONE, Runnable::run);
    }

    /**
     * macOS: osascript, which every Mac has. Linux and the rest: notify-send when it is installed. Otherwise (Windows
     * among them) the system tray where there is one; else nothing.
     */
    static Notifier choose(String osName, Predicate<String> onPath, CommandRunner runner, BooleanSupplier traySupported,
                           Supplier<Notifier> tray) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return new AppleScriptNotifier(runner);
        }
        if (!os.startsWith("windows") && onPath.test("notify-send")) {
            return new NotifySend(runner);
        }
        return traySupported.getAsBoolean() ? tray.get() : Notifier.NONE;
    }

    /** Shows a notification in the background; returns at once and never throws. */
    public void send(String title, String text) {
        if (notifier == Notifier.NONE) {
            return;
        }
        try {
            sender.execute(() -> {
                try {
                    notifier.show(title, text);
                } catch (Exception | LinkageError e) {
                    LOG.warn("A desktop notification through {} could not be shown: {}", notifier.name(), e.toString());
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.debug("A desktop notification was dropped at close");
        }
    }

    @Override
    public void close() {
        if (sender instanceof ExecutorService thread) {
            thread.shutdown();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        notifier.close();
    }

    private static final class ChosenOnFirstUse implements Notifier {
        private final Supplier<Notifier> choice;
        private Notifier chosen;

        ChosenOnFirstUse(Supplier<Notifier> choice) {
            this.choice = choice;
        }

        @Override
        public synchronized void show(String title, String text) throws Exception {
            if (chosen == null) {
                chosen = choice.get();
                LOG.info("Desktop notifications through {}", chosen.name());
            }
            chosen.show(title, text);
        }

        @Override
        public synchronized String name() {
            return chosen == null ? "the way this computer has, not chosen yet" : chosen.name();
        }

        @Override
        public synchronized void close() {
            if (chosen != null) {
                chosen.close();
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            try {
                if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                    return true;
                }
            } catch (InvalidPathException ignored) {
                // a stray entry in PATH: look at the next one
            }
        }
        return false;
    }
}
