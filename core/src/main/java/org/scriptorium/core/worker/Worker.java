package org.scriptorium.core.worker;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.scriptorium.core.Progress;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.Studio;
import org.scriptorium.core.scheduling.RecurringJobs;
import org.scriptorium.core.store.Database;
import org.scriptorium.core.sync.HubAddress;
import org.scriptorium.core.sync.SyncFailure;
import org.scriptorium.core.sync.SyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The headless worker (decision 19): the studio's recurring jobs (publishing rounds, feed polls, discovery) with no
 * window and no H2. Its store is a schema of its own on the account's PostgreSQL, kept up to date by the same sync as
 * every desktop, so it publishes what any device planned, under the same claims, while every laptop is closed.
 */
public final class Worker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    /**
     * How a worker reaches its account. {@code workDir} holds only what can be rebuilt (search indexes, images).
     *
     * @param name this worker's name among the account's devices; it names its schema too
     */
    public record Settings(String address, boolean insecureTls, String user, String password, char[] passphrase, String name, Path workDir) {
    }

    /** What a health check answers: up, and how its last sync and publishing round went. */
    public record Health(boolean healthy, String name, Instant startedAt, Instant lastSyncAt, String lastSyncError, Instant lastRoundAt,
                         String lastRound) {
    }

    private final Studio studio;
    private final HikariDataSource pool;
    private final String name;
    private final Instant startedAt;

    private Worker(Studio studio, HikariDataSource pool, String name, Instant startedAt) {
        this.studio = studio;
        this.pool = pool;
        this.name = name;
        this.startedAt = startedAt;
        // What each round did, in the log: the worker has no window to show it.
        studio.publishingRounds().onDone(report -> LOG.atInfo().addKeyValue("published", report.published())
                .addKeyValue("failed", report.failed()).addKeyValue("retrying", report.retrying()).addKeyValue("missed", report.missed())
                .log("Publishing round: {}", report.describe()));
    }

    /**
     * Connects to the account, opens (or makes) the worker's schema and joins the account as a device. Refused, with
     * nothing started, when the server cannot be reached or the password or passphrase is wrong.
     */
    public static Worker open(Settings settings, Clock clock) {
        HubAddress hub = HubAddress.parse(settings.address(), settings.insecureTls());
        String name = settings.name() == null || settings.name().isBlank() ? "worker" : settings.name().strip();
        SyncService.verify(settings.address(), settings.insecureTls(), settings.user(), settings.password(), settings.passphrase());
        String schema = schemaFor(hub, name);
        HikariDataSource pool = pool(hub.withSchema(schema), settings, schema);
        try {
            Database database = Database.open(pool, Studio.ENTITIES);
            SealedSecretStore secrets = new SealedSecretStore(pool);
            Studio studio = Studio.open(database, settings.workDir(), clock, device -> () -> secrets);
            try {
                studio.sync().setup(settings.address(), settings.insecureTls(), settings.user(), settings.password(), settings.passphrase(), name);
            } catch (RuntimeException e) {
                studio.close();
                throw e;
            }
            LOG.info("Worker {} joined {} as device {} (its own copy in schema {})", name, hub, studio.deviceId(), schema);
            return new Worker(studio, pool, name, clock.instant());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** {@code <account schema>_worker_<name>}: one copy per worker, beside the account it serves. */
    static String schemaFor(HubAddress hub, String name) {
        String base = (hub.schema() == null || hub.schema().isBlank() ? "scriptorium" : hub.schema()) + "_worker_"
                + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (base.length() <= 63) {
            return base;
        }
        // PostgreSQL cuts names at 63 characters: a long one keeps its start and a digest of the whole, so two never meet.
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(base.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return base.substring(0, 50) + "_" + java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariDataSource pool(HubAddress address, Settings settings, String schema) {
        try (Connection connection = java.sql.DriverManager.getConnection(address.withSchema(null).jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw SyncFailure.from(address, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("worker-" + schema);
        config.setInitializationFailTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ScriptoriumException("The worker could not open its schema " + schema + ": " + e.getMessage(), e);
        }
    }

    public Studio studio() {
        return studio;
    }

    /** For {@code --once}: brings everything in, runs every job that is due one time, sends the results back. */
    public List<String> runOnce() {
        syncQuietly();
        List<String> ran = studio.jobs().runDue();
        syncQuietly();
        return ran;
    }

    /**
     * Runs the jobs on their schedule until {@code stop} says so; a push from any device brings a sync and then a
     * publishing round at once. Stopping lets the round under way finish its post (each claim ends finished or
     * released), then sends the results and returns.
     */
    public void run(BooleanSupplier stop) throws InterruptedException {
        RecurringJobs jobs = studio.jobs();
        jobs.start();
        try (AutoCloseable ignored = studio.sync().listen(() -> {
            jobs.runNow(Studio.SYNC_JOB);
            jobs.runNow(Studio.PUBLISH_JOB);
        })) {
            while (!stop.getAsBoolean()) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warn("Stopping the sync listener failed", e);
        } finally {
            jobs.close();
            syncQuietly();
            LOG.info("Worker {} stopped; claims still held: {}", name, claimsHeld());
        }
    }

    private void syncQuietly() {
        SyncService.Outcome outcome = studio.sync().runScheduled(Progress.NONE);
        if (outcome.failure() != null) {
            LOG.warn("Sync failed: {}", outcome.failure().getMessage());
        } else {
            LOG.info("Synced: {}", outcome.describe());
        }
    }

    /** Claims on posts this worker still holds (an outcome the network has not told yet). */
    public int claimsHeld() {
        try {
            return studio.sync().claimsHeld();
        } catch (SyncFailure offline) {
            return -1;
        }
    }

    public Health health() {
        SyncService.Status sync = studio.sync().status();
        RecurringJobs.Status round = studio.jobs().list().stream().filter(job -> job.name().equals(Studio.PUBLISH_JOB)).findFirst().orElseThrow();
        return new Health(sync.lastError() == null && (round.lastOutcome() == null || !round.lastFailed()), name, startedAt, sync.lastSyncAt(),
                sync.lastError(), round.lastRun(), round.lastOutcome());
    }

    @Override
    public void close() {
        try {
            studio.close();
        } finally {
            pool.close();
        }
    }

    /** How long a claim holds before another device may take it over (after asking the network). */
    public void claimLease(Duration lease) {
        studio.sync().claimLease(lease);
    }
}
