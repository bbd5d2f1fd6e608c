package org.scriptorium.core.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the publishing engine every so often while the app is open: the first round at once (what came due while the
 * app was closed is caught up or marked missed), then one per interval. The posts table is the schedule, so nothing
 * is lost when the app closes; {@code scriptorium publish-due} from cron does the same rounds without the window.
 */
public final class PublishingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishingLoop.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("publishing").factory());

    private final Runnable round;

    /** {@code afterRound} hears what each round did (on the loop's thread). */
    public PublishingLoop(PublishEngine engine, Duration interval, Consumer<PublishEngine.TickReport> afterRound) {
        this.round = () -> {
            try {
                afterRound.accept(engine.tick());
            } catch (RuntimeException e) {
                // A store or network failure ends this round only; the next one tries again.
                LOG.warn("A publishing round failed", e);
            }
        };
        timer.scheduleWithFixedDelay(round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A round now ("Send now"), on the loop's own thread, so rounds never overlap. */
    public void roundNow() {
        if (!timer.isShutdown()) {
            timer.execute(round);
        }
    }

    /** Lets a round under way finish (an interrupt mid-transaction would only add doubt), then stops. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
