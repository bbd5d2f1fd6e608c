package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one scheduler of recurring work, driven by hand with a clock that only moves when told. */
class RecurringJobsTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dataDir;
    private Database database;
    private SettingsRepository settings;
    private final ManualClock clock = new ManualClock(START);

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        settings = new SettingsRepository(database.sessions(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The app opening on the same settings: a new scheduler, its jobs added again. */
    private RecurringJobs opened() {
        return new RecurringJobs(settings, clock);
    }

    @Test
    void aJobThatCameDueWhileTheAppWasClosedRunsOnceAfterTheRestart() {
        AtomicInteger polls = new AtomicInteger();
        RecurringJobs before = opened();
        before.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> polls.incrementAndGet());
        before.runDue();
        before.close();

        clock.advance(Duration.ofHours(3)); // closed across 36 intervals
        RecurringJobs after = opened();
        after.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> polls.incrementAndGet());
        assertThat(after.runDue()).containsExactly("poll-sources");
        assertThat(after.runDue()).isEmpty();

        assertThat(polls).hasValue(2);
        RecurringJobs.Status status = after.list().getFirst();
        assertThat(status.lastRun()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(status.nextDue()).isEqualTo(START.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(5)));
    }

    @Test
    void aJobNotYetDueWaitsAfterTheRestartUntilItsTime() {
        AtomicInteger discoveries = new AtomicInteger();
        RecurringJobs before = opened();
        before.add("discover-topics", Duration.ofDays(1), Duration.ZERO, stop -> discoveries.incrementAndGet());
        before.runDue();

        clock.advance(Duration.ofHours(20));
        RecurringJobs after = opened();
        after.add("discover-topics", Duration.ofDays(1), Duration.ZERO, stop -> discoveries.incrementAndGet());
        assertThat(after.runDue()).isEmpty();
        clock.advance(Duration.ofHours(4));
        assertThat(after.runDue()).containsExactly("discover-topics");

        assertThat(discoveries).hasValue(2);
    }

    @Test
    void aNewJobWaitsItsFirstDelay() {
        RecurringJobs jobs = opened();
        AtomicInteger runs = new AtomicInteger();
        jobs.add("poll-sources", Duration.ofMinutes(5), Duration.ofMinutes(2), stop -> runs.incrementAndGet());

        assertThat(jobs.list().getFirst().lastRun()).isNull();
        assertThat(jobs.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(jobs.runDue()).containsExactly("poll-sources");
    }

    @Test
    void aThrowingJobIsToldInItsOutcomeDoesNotStopTheOthersAndIsTriedAgainAtItsNextTime() {
        RecurringJobs jobs = opened();
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        jobs.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> {
            tries.incrementAndGet();
            throw new IllegalStateException("The feed server is down");
        });
        jobs.add("publish-due", Duration.ofSeconds(30), Duration.ZERO, stop -> others.incrementAndGet());

        assertThat(jobs.runDue()).containsExactly("poll-sources", "publish-due");
        RecurringJobs.Status failed = jobs.list().getFirst();
        assertThat(failed.lastOutcome()).isEqualTo("failed: The feed server is down");
        assertThat(failed.nextDue()).isEqualTo(START.plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(1));
        jobs.runDue();
        assertThat(tries).hasValue(1);
        clock.advance(Duration.ofMinutes(4));
        jobs.runDue();
        assertThat(tries).hasValue(2);
        assertThat(others.get()).isGreaterThan(2);
    }

    @Test
    void eachJobRunsAtItsOwnIntervalAsTheClockMoves() {
        RecurringJobs jobs = opened();
        List<String> log = new ArrayList<>();
        jobs.add("publish-due", Duration.ofSeconds(30), Duration.ZERO, stop -> log.add("publish"));
        jobs.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> log.add("poll"));

        for (int second = 0; second <= 600; second += 10) {
            jobs.runDue();
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(log.stream().filter("publish"::equals)).hasSize(21); // at 0, 30, … 600 seconds
        assertThat(log.stream().filter("poll"::equals)).hasSize(3);     // at 0, 5 and 10 minutes
    }

    @Test
    void runNowRunsAJobBeforeItsTimeAndCountsAsItsRun() {
        RecurringJobs jobs = opened();
        List<Integer> heard = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        jobs.add("publish-due", Duration.ofSeconds(30), Duration.ofSeconds(30), stop -> runs.incrementAndGet())
                .describedAs(n -> "round " + n)
                .onDone(heard::add);

        RecurringJobs.Status status = jobs.runNow("publish-due").join();

        assertThat(heard).containsExactly(1);
        assertThat(status.lastOutcome()).isEqualTo("round 1");
        assertThat(status.nextDue()).isEqualTo(START.plus(Duration.ofSeconds(30)));
        assertThat(jobs.runDue()).isEmpty();
        assertThatThrownBy(() -> jobs.runNow("publish")).isInstanceOf(InvalidInput.class)
                .hasMessage("No job named \"publish\"; the jobs are publish-due.");
    }

    @Test
    void aClockSetBackDoesNotLeaveAJobWaitingLongerThanItsInterval() {
        RecurringJobs jobs = opened();
        AtomicInteger runs = new AtomicInteger();
        jobs.add("publish-due", Duration.ofSeconds(30), Duration.ZERO, stop -> runs.incrementAndGet());
        jobs.runDue();

        clock.advance(Duration.ofHours(-5));
        assertThat(jobs.runDue()).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(jobs.runDue()).containsExactly("publish-due");
    }

    @Test
    void onItsOwnThreadRunNowWaitsForTheRunningJobAndCloseLetsTheLastOneFinish() {
        RecurringJobs jobs = opened();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        jobs.add("publish-due", Duration.ofSeconds(30), Duration.ofDays(1), stop -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(20);
            running.decrementAndGet();
            return runs.incrementAndGet();
        });
        jobs.start();

        var first = jobs.runNow("publish-due");
        var second = jobs.runNow("publish-due");
        var third = jobs.runNow("publish-due");
        jobs.close();

        assertThat(List.of(first, second, third)).allMatch(java.util.concurrent.CompletableFuture::isDone);
        assertThat(runs).hasValue(3);
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void closingStopsALongJobAtItsNextSafePointAndItIsStillDueAtTheNextStart() throws Exception {
        RecurringJobs jobs = opened();
        CountDownLatch started = new CountDownLatch(1);
        jobs.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> {
            started.countDown();
            while (!stop.isCancelled()) {
                Thread.sleep(1); // one source after another, until told to stop
            }
            stop.checkCancelled();
            return "all polled";
        });
        jobs.start();
        started.await();
        jobs.close();

        RecurringJobs next = opened();
        List<String> ran = new ArrayList<>();
        next.add("poll-sources", Duration.ofMinutes(5), Duration.ZERO, stop -> ran.add("poll"));
        assertThat(next.list().getFirst().lastRun()).isNull();
        assertThat(next.runDue()).containsExactly("poll-sources");
    }
}
