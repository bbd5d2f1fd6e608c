package org.scriptorium.core.research;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourcePoller;
import org.scriptorium.core.research.topics.TopicDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What research does on its own, as two recurring jobs (the Studio adds them): sources whose interval has passed are
 * polled every few minutes, and topic discovery runs once per period (daily). Whoever shows research listens, to
 * refresh what it shows after a run that brought something.
 */
public final class ResearchSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ResearchSchedule.class);
    public static final Duration POLL_EVERY = Duration.ofMinutes(5);
    public static final Duration DISCOVERY_PERIOD = Duration.ofDays(1);

    private final SourcePoller poller;
    private final TopicDiscovery discovery;
    private final List<Consumer<Run>> listeners = new CopyOnWriteArrayList<>();
    private volatile BooleanSupplier userWorkRunning = () -> false;

    public ResearchSchedule(SourcePoller poller, TopicDiscovery discovery) {
        this.poller = poller;
        this.discovery = discovery;
    }

    /** What one scheduled run did. */
    public record Run(List<PollResult> polled, Optional<TopicDiscovery.Result> discovered) {
        public static final Run NOTHING = new Run(List.of(), Optional.empty());

        public boolean broughtSomething() {
            return !polled.isEmpty() || discovered.isPresent();
        }

        /** How the run reads in the list of jobs. */
        public String describe() {
            if (discovered.isPresent()) {
                return discovered.get().created().size() + " topics found, " + discovered.get().updated().size() + " updated";
            }
            int added = polled.stream().mapToInt(PollResult::added).sum();
            long failed = polled.stream().filter(PollResult::failed).count();
            return polled.size() + " sources polled, " + added + " new documents" + (failed == 0 ? "" : ", " + failed + " failed");
        }
    }

    /** Polls the sources whose interval has passed. */
    public Run pollDue(Progress progress) {
        if (userWorkRunning.getAsBoolean()) {
            return Run.NOTHING;
        }
        return told(new Run(poller.pollDue(progress), Optional.empty()));
    }

    /** Finds topics in what the sources brought. */
    public Run discover(Progress progress) {
        if (userWorkRunning.getAsBoolean()) {
            return Run.NOTHING;
        }
        return told(new Run(List.of(), Optional.of(discovery.discover(progress))));
    }

    /** {@code listener} hears every run that brought something, on the thread that ran it. */
    public void addListener(Consumer<Run> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Run> listener) {
        listeners.remove(listener);
    }

    /**
     * While {@code busy} says so (a poll or a discovery the user started), scheduled runs skip their turn rather than
     * do the same work twice at once; they come again at their next time.
     */
    public void skipWhile(BooleanSupplier busy) {
        this.userWorkRunning = busy == null ? () -> false : busy;
    }

    private Run told(Run run) {
        if (run.broughtSomething()) {
            for (Consumer<Run> listener : listeners) {
                try {
                    listener.accept(run);
                } catch (RuntimeException e) {
                    LOG.warn("A listener of the research schedule failed", e); // the run itself is done and stored
                }
            }
        }
        return run;
    }
}
