package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Progress;
import org.scriptorium.core.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work that comes back on its own while the app runs: publishing rounds, source polls, topic discovery. Each job has
 * a name and an interval; when it last ran, when it is next due and how it went are kept in the settings, so after a
 * restart a job that came due while the app was closed runs once (not once per interval missed) and one not yet due
 * waits. Jobs run one at a time on one thread, so they never overlap; a job that throws is logged and tried again at
 * its next time. Without {@link #start()} nothing runs by itself: the CLI and tests call {@link #runDue()} and
 * {@link #runNow(String)} on their own thread.
 */
public final class RecurringJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecurringJobs.class);
    static final String SETTING_PREFIX = "jobs.";
    /** How often the thread looks at the clock: due times are kept in memory, so a look costs nothing. */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final int LONGEST_OUTCOME = 500;
    private static final String FAILED = "failed: ";

    /** What {@code scriptorium jobs list} shows: {@code lastRun} and {@code lastOutcome} are null before the first run. */
    public record Status(String name, Duration interval, Instant lastRun, Instant nextDue, String lastOutcome) {
        /** Whether the last run threw (its outcome then says why). */
        public boolean lastFailed() {
            return lastOutcome != null && lastOutcome.startsWith(FAILED);
        }
    }

    /** A job's work; {@code stop} is cancelled when the jobs close, for work long enough to stop at a safe point. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress stop) throws Exception;
    }

    private final SettingsRepository settings;
    private final Clock clock;
    private final Map<String, Job<?>> jobs = new LinkedHashMap<>();
    private final Object oneAtATime = new Object();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final Progress stop = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return closing.get();
        }
    };
    private ScheduledExecutorService thread;

    public RecurringJobs(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Adds a job. Its stored state is read now; a job that never ran is first due {@code firstDelay} from now.
     * Names are kept in the settings, so a job keeps its name across versions.
     */
    public synchronized <T> Job<T> add(String name, Duration interval, Duration firstDelay, Work<T> work) {
        if (jobs.containsKey(name)) {
            throw new IllegalArgumentException("A job named " + name + " is already added");
        }
        Instant now = clock.instant();
        Status stored = JobState.read(name, interval, settings.get(SETTING_PREFIX + name).orElse(null))
                .orElse(new Status(name, interval, null, now.plus(firstDelay), null));
        Job<T> job = new Job<>(name, interval, work, stored);
        jobs.put(name, job);
        return job;
    }

    /** Every job as it stands, in the order they were added. */
    public synchronized List<Status> list() {
        return jobs.values().stream().map(Job::status).toList();
    }

    /** Runs every job that is due now, in the order they were added, on the calling thread; returns their names. */
    public List<String> runDue() {
        List<String> ran = new ArrayList<>();
        for (Job<?> job : snapshot()) {
            synchronized (oneAtATime) {
                if (!job.status().nextDue().isAfter(clock.instant())) {
                    job.run();
                    ran.add(job.name);
                }
            }
        }
        return ran;
    }

    /**
     * Runs a job now, whether due or not, and counts it as its run. Once started, on the jobs' thread after whatever
     * runs there now; before that, on the calling thread, finished when this returns.
     */
    public CompletableFuture<Status> runNow(String name) {
        Job<?> job = job(name);
        if (closing.get()) {
            return CompletableFuture.completedFuture(job.status()); // a last click as the window closes: nothing to run on
        }
        ScheduledExecutorService running = runningThread();
        if (running != null) {
            CompletableFuture<Status> done = new CompletableFuture<>();
            try {
                running.execute(() -> done.complete(runOne(job)));
                return done;
            } catch (RejectedExecutionException closing) {
                return CompletableFuture.completedFuture(job.status());
            }
        }
        return CompletableFuture.completedFuture(runOne(job));
    }

    /** Starts the thread that runs jobs when they are due (the first look at once). */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("recurring-jobs").factory());
        thread.scheduleWithFixedDelay(this::runDueQuietly, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Asks a job under way to stop at its next safe point and lets it get there (an interrupt mid-transaction would
     * only add doubt), then stops. A job stopped this way is still due, and runs at the next start.
     */
    @Override
    public void close() {
        closing.set(true);
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = thread;
            thread = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A recurring job was still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Status runOne(Job<?> job) {
        synchronized (oneAtATime) {
            job.run();
            return job.status();
        }
    }

    private void runDueQuietly() {
        try {
            runDue();
        } catch (RuntimeException e) {
            // Only the settings store can throw here; the thread must keep looking.
            LOG.warn("Could not run the due jobs", e);
        }
    }

    private synchronized List<Job<?>> snapshot() {
        return List.copyOf(jobs.values());
    }

    private synchronized ScheduledExecutorService runningThread() {
        return thread == null || thread.isShutdown() ? null : thread;
    }

    private synchronized Job<?> job(String name) {
        Job<?> job = jobs.get(name);
        if (job == null) {
            throw new InvalidInput("No job named \"" + name + "\"; the jobs are " + String.join(", ", jobs.keySet()) + ".");
        }
        return job;
    }

    /** One job: its work, who hears its results, and where it stands. */
    public final class Job<T> {
        private final String name;
        private final Duration interval;
        private final Work<T> work;
        private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
        private volatile Function<? super T, String> describe = result -> "ok";
        private volatile Status status;

        private Job(String name, Duration interval, Work<T> work, Status status) {
            this.name = name;
            this.interval = interval;
            this.work = work;
            this.status = status;
        }

        public String name() {
            return name;
        }

        /** {@code listener} hears each successful run's result, on the thread the job ran on. */
        public Job<T> onDone(Consumer<? super T> listener) {
            listeners.add(listener);
            return this;
        }

        public void removeListener(Consumer<? super T> listener) {
            listeners.remove(listener);
        }

        /** How a run's result reads in {@code jobs list} ("2 published, 1 failed"); "ok" unless told. */
        public Job<T> describedAs(Function<? super T, String> description) {
            this.describe = description;
            return this;
        }

        Status status() {
            Status now = status;
            Instant latest = clock.instant().plus(interval);
            if (now.nextDue().isAfter(latest)) {
                // A clock set back (or a hand-edited setting) must not leave a job waiting for longer than its interval.
                now = new Status(name, interval, now.lastRun(), latest, now.lastOutcome());
                status = now;
            }
            return now;
        }

        private void run() {
            Instant started = clock.instant();
            String outcome;
            T result = null;
            boolean succeeded = false;
            try {
                result = work.run(stop);
                succeeded = true;
                outcome = describe.apply(result);
            } catch (Progress.Cancelled closed) {
                LOG.info("The job {} stopped as the jobs closed; it is still due", name);
                return;
            } catch (Exception e) {
                LOG.warn("The job {} failed; it runs again at its next time", name, e);
                outcome = FAILED + (e.getMessage() == null ? e.toString() : e.getMessage());
            }
            Instant next = started.plus(interval);
            Instant finished = clock.instant();
            status = new Status(name, interval, started, next.isAfter(finished) ? next : finished, shorten(outcome));
            store();
            if (succeeded) {
                tell(result);
            }
        }

        private void tell(T result) {
            for (Consumer<? super T> listener : listeners) {
                try {
                    listener.accept(result);
                } catch (RuntimeException e) {
                    LOG.warn("A listener of the job {} failed", name, e);
                }
            }
        }

        private void store() {
            try {
                settings.put(SETTING_PREFIX + name, JobState.write(status));
            } catch (RuntimeException e) {
                // Kept in memory all the same; at worst the job runs once more after a restart.
                LOG.warn("Could not store when the job {} ran", name, e);
            }
        }
    }

    private static String shorten(String outcome) {
        String oneLine = outcome.replaceAll("\\s*\\R\\s*", " ").strip();
        return oneLine.length() <= LONGEST_OUTCOME ? oneLine : oneLine.substring(0, LONGEST_OUTCOME - 1) + "…";
    }
}
