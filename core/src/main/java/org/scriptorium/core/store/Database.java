package org.scriptorium.core.store;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.AvailableSettings;
import org.scriptorium.core.ScriptoriumException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The relational store: Flyway owns the schema, Hibernate maps it and validates it at start.
 * Runs on an H2 file by default, or on any DataSource (PostgreSQL for sync and its tests). The store knows no
 * feature: the caller hands it the entity classes each feature maps (the studio gathers them).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Where every feature's Flyway migrations live on the class path. */
    private static final String MIGRATIONS = "db/migration";

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final SessionFactory sessionFactory;
    private final String schemaVersion;

    private Database(DataSource dataSource, AutoCloseable pool, List<Class<?>> entities) {
        this.dataSource = dataSource;
        this.pool = pool;
        long started = System.nanoTime();
        ClassLoader loader = Database.class.getClassLoader();
        // Flyway only when the history does not already list every migration here (decision 5: it costs half a second).
        Optional<String> current = MigrationFiles.in(loader, MIGRATIONS)
                .flatMap(migrations -> SchemaHistory.currentVersion(dataSource, migrations));
        this.schemaVersion = current.orElseGet(() -> migrate(dataSource, loader));
        long migrated = System.nanoTime();
        this.sessionFactory = buildSessionFactory(dataSource, entities);
        // Start-up phases are logged so a slow start can be told apart from a slow disk.
        LOG.info("Schema {} {} in {} ms, Hibernate ready in {} ms", schemaVersion,
                current.isPresent() ? "found current" : "checked by Flyway",
                (migrated - started) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
    }

    private static String migrate(DataSource dataSource, ClassLoader loader) {
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + MIGRATIONS)
                .load()
                .migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    /** Opens (creating if needed) the H2 database inside the data directory, mapping the given entity classes. */
    public static Database openH2(Path dataDir, List<Class<?>> entities) {
        Path dbFolder = dataDir.resolve("db");
        try {
            Files.createDirectories(dbFolder);
        } catch (IOException e) {
            throw new ScriptoriumException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so an acknowledged save
        // survives the process being killed the next instant (CrashSafetyTest; H2's default delay of
        // 500 ms loses saves there). The file is not fsynced per commit, so a power cut can still lose
        // the most recent saves, those the operating system had not yet written to disk.
        String url = "jdbc:h2:file:" + dbFolder.resolve("scriptorium").toAbsolutePath() + ";WRITE_DELAY=0";
        // HikariCP, not H2's own pool: H2's hands out a new connection handle at every checkout, and each new handle
        // asks H2's settings table for its query timeout when Hibernate closes a statement, a scan of every chunk of
        // the file that grew with each commit (a first sync of 10,000 drafts spent most of its time there).
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("scriptorium");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("store");
        config.setInitializationFailTimeout(1);
        com.zaxxer.hikari.HikariDataSource pool;
        try {
            pool = new com.zaxxer.hikari.HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DataDirInUse(dataDir, sql);
            }
            throw new ScriptoriumException("Cannot open the database in " + dataDir + ": " + (cause != null ? cause.getMessage() : e.getMessage()), e);
        }
        try {
            return new Database(pool, pool::close, entities);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Migrates an existing DataSource and maps the given entity classes on it; the caller keeps ownership of it. */
    public static Database open(DataSource dataSource, List<Class<?>> entities) {
        return new Database(dataSource, () -> { }, entities);
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource, List<Class<?>> entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                // Byte Buddy would generate a proxy and an accessor class for every entity at boot, a third of Hibernate's
                // start; nothing here asks for them (no lazy to-one association, no getReference, no enhancement).
                .addService(BytecodeProvider.class, new BytecodeProviderImpl())
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public SessionFactory sessions() {
        return sessionFactory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        sessionFactory.close();
        try {
            pool.close();
        } catch (Exception e) {
            throw new ScriptoriumException("Could not close the database cleanly: " + e.getMessage(), e);
        }
    }
}
