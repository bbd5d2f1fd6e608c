package org.scriptorium.core.research.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps calls to one host apart by at least a gap (one call at a time, so never a burst), waiting through an
 * injected {@link Pause} so tests run without sleeping. One per run; not thread-safe.
 */
public final class HostPacing {
    /** Waits between calls; the real one sleeps, a test's records. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;

        Pause SLEEP = duration -> Thread.sleep(duration);
    }

    private final Clock clock;
    private final Pause pause;
    private final Map<String, Instant> lastCall = new HashMap<>();
    private final Map<String, Duration> gaps = new HashMap<>();
    private final Duration gap;

    public HostPacing(Clock clock, Pause pause, Duration gap) {
        this.clock = clock;
        this.pause = pause;
        this.gap = gap;
    }

    /** A host that asked for a longer gap (a robots.txt Crawl-delay) gets it. */
    public void atLeast(String host, Duration longer) {
        if (longer.compareTo(gap) > 0) {
            gaps.put(host, longer);
        }
    }

    /** Waits until {@code address}'s host may be called again, then counts the call as made now. */
    public void beforeCall(URI address) throws InterruptedException {
        String host = String.valueOf(address.getHost());
        Instant last = lastCall.get(host);
        if (last != null) {
            Duration since = Duration.between(last, clock.instant());
            Duration wanted = gaps.getOrDefault(host, gap);
            if (since.compareTo(wanted) < 0) {
                pause.pause(wanted.minus(since));
            }
        }
        lastCall.put(host, clock.instant());
    }
}
