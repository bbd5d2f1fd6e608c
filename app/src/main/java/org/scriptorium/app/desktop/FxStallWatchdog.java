package org.scriptorium.app.desktop;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A diagnostic, not a measure: a thread of its own asks the FX thread to answer every 50 ms, and when it has not
 * answered for over 200 ms logs a warning with what the FX thread is doing at that moment (its stack), once per
 * stall, then how long the stall lasted. A stall with I/O on its stack is a bug: the FX thread never waits on I/O.
 */
public final class FxStallWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxStallWatchdog.class);
    static final long STALL_MILLIS = 200;
    private static final long BEAT_MILLIS = 50;

    /** What was seen: how long the FX thread did not answer, and its stack when the stall was noticed. */
    public record Stall(long millis, List<StackTraceElement> stack) {
        public String describe() {
            return "The FX thread did not answer for " + millis + " ms; it was at:\n\t"
                    + stack.stream().map(StackTraceElement::toString).collect(Collectors.joining("\n\t"));
        }
    }

    private final Thread watcher;
    private final List<Consumer<Stall>> listeners = new CopyOnWriteArrayList<>();
    private volatile Thread fxThread;
    private volatile long askedAt;
    private volatile long answeredAt;
    private volatile boolean asked;

    private FxStallWatchdog() {
        watcher = Thread.ofPlatform().daemon().name("fx-stall-watchdog").unstarted(this::watch);
    }

    /** Starts watching; call once the toolkit runs. */
    public static FxStallWatchdog start() {
        FxStallWatchdog watchdog = new FxStallWatchdog();
        watchdog.watcher.start();
        return watchdog;
    }

    /** Also tells {@code listener} of each stall when it ends (window tests collect them). */
    public void onStall(Consumer<Stall> listener) {
        listeners.add(listener);
    }

    private void watch() {
        List<StackTraceElement> stallStack = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (!asked) {
                    if (stallStack != null) {
                        report(new Stall((answeredAt - askedAt) / 1_000_000, stallStack));
                        stallStack = null;
                    }
                    asked = true;
                    askedAt = System.nanoTime();
                    Platform.runLater(() -> {
                        fxThread = Thread.currentThread();
                        answeredAt = System.nanoTime();
                        asked = false;
                    });
                }
                Thread.sleep(BEAT_MILLIS);
                Thread fx = fxThread;
                if (asked && stallStack == null && fx != null && (System.nanoTime() - askedAt) / 1_000_000 > STALL_MILLIS) {
                    stallStack = Arrays.asList(fx.getStackTrace());
                }
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException toolkitGone) {
            // the toolkit has exited: nothing left to watch
        }
    }

    private void report(Stall stall) {
        LOG.warn(stall.describe());
        listeners.forEach(l -> l.accept(stall));
    }

    @Override
    public void close() {
        watcher.interrupt();
    }
}
