package org.scriptorium.app.control;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How a start that would open a window begins: it hands over to the window already running on its data, or claims the channel. */
public sealed interface WindowStart {
    /** A window runs on this data directory: it was brought to the front (and given the files). This process is done. */
    record HandedOver() implements WindowStart {
    }

    /** This process opens the window and answers on {@code channel} (empty when no channel could be made here). */
    record OpensWindow(Optional<ControlServer> channel) implements WindowStart {
    }

    /**
     * Hands over or claims. Two starts at once both find no window; the lock lets one claim, and the other waits (at
     * most {@code patience}) for its socket to answer, then hands over. {@code files} are Markdown files to open (maybe none).
     */
    static WindowStart claim(Path dataDir, List<Path> files, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<ControlClient> running = ControlClient.connect(dataDir);
            if (running.isPresent()) {
                try (ControlClient window = running.get()) {
                    window.activate(files);
                    return new HandedOver();
                } catch (IOException closedMeanwhile) {
                    log().info("The running window went away while being asked to the front: {}", closedMeanwhile.toString());
                }
            }
            try {
                return new OpensWindow(Optional.of(ControlServer.bind(dataDir)));
            } catch (WindowAlreadyRunning starting) {
                if (System.nanoTime() > deadline) {
                    log().warn("Another process holds the control channel of {} but does not answer; opening without it", dataDir);
                    return new OpensWindow(Optional.empty());
                }
                pause();
            } catch (IOException | RuntimeException unusable) {
                log().warn("No control channel on {} ({}): a second start opens a second window and the CLI is refused while it runs",
                        dataDir, unusable.toString());
                return new OpensWindow(Optional.empty());
            }
        }
    }

    /** As {@link #claim(Path, List, Duration)}, waiting up to 10 s for a window that is starting. */
    static WindowStart claim(Path dataDir, List<Path> files) {
        return claim(dataDir, files, Duration.ofSeconds(10));
    }

    /** Only when there is something to say: a start that hands over never starts the logging, which costs time. */
    private static Logger log() {
        return LoggerFactory.getLogger(WindowStart.class);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
