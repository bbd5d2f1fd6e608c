package org.scriptorium.core.writing.ai;

import okhttp3.Call;
import org.scriptorium.core.Progress;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches one HTTP call from a virtual thread and cancels it when the user gives up or the server goes
 * silent for too long. A read blocked on a hung socket cannot check anything itself; cancelling the call is
 * what unblocks it.
 */
final class StreamWatch implements AutoCloseable {
    enum Stop { CANCELLED, NO_FIRST_BYTE, IDLE }

    private static final long TICK = Duration.ofMillis(20).toNanos();

    private final Call call;
    private final Progress progress;
    private final long idleNanos;
    private final Thread thread;
    private volatile long deadline;
    private volatile boolean bodyStarted;
    private volatile Stop stopped;
    private volatile boolean closed;

    private StreamWatch(Call call, Timeouts timeouts, Progress progress) {
        this.call = call;
        this.progress = progress;
        this.idleNanos = timeouts.idle().toNanos();
        this.deadline = System.nanoTime() + timeouts.firstByte().toNanos();
        this.thread = Thread.ofVirtual().name("model-call-watch").unstarted(this::watch);
    }

    static StreamWatch start(Call call, Timeouts timeouts, Progress progress) {
        StreamWatch watch = new StreamWatch(call, timeouts, progress);
        watch.thread.start();
        return watch;
    }

    /** Body bytes arrived: from now on only the pause between pieces counts. */
    void bytesArrived() {
        bodyStarted = true;
        deadline = System.nanoTime() + idleNanos;
    }

    /** Why the watch cancelled the call, or null if it did not. */
    Stop stopped() {
        return stopped;
    }

    boolean bodyStarted() {
        return bodyStarted;
    }

    private void watch() {
        while (!closed) {
            if (progress.isCancelled()) {
                stop(Stop.CANCELLED);
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                stop(bodyStarted ? Stop.IDLE : Stop.NO_FIRST_BYTE);
                return;
            }
            LockSupport.parkNanos(TICK);
        }
    }

    private void stop(Stop reason) {
        stopped = reason;
        call.cancel();
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
