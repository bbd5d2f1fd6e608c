package org.scriptorium.core.store;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.store.MigrationFiles.Migration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A start skips Flyway only when its history already lists every migration; every other state still reaches Flyway. */
class SchemaHistoryTest {
    @TempDir
    Path dataDir;

    private static List<Migration> onClassPath() {
        return MigrationFiles.in(SchemaHistoryTest.class.getClassLoader(), "db/migration").orElseThrow();
    }

    @Test
    void aSchemaFlywayJustMigratedIsFoundCurrentWithFlywaysOwnChecksums() {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            assertThat(SchemaHistory.currentVersion(database.dataSource(), onClassPath())).contains(database.schemaVersion());
        }
        try (Database reopened = Database.openH2(dataDir, Studio.ENTITIES)) {
            assertThat(reopened.schemaVersion()).isEqualTo(onClassPath().getLast().version());
        }
    }

    @Test
    void aMigrationOnTheClassPathThatTheHistoryLacksIsLeftToFlyway() {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            List<Migration> withANewOne = new ArrayList<>(onClassPath());
            withANewOne.add(new Migration("99", "V99__next.sql", 1));
            assertThat(SchemaHistory.currentVersion(database.dataSource(), withANewOne)).isEmpty();
        }
    }

    @Test
    void aFailedMigrationStillStopsTheStart() throws SQLException {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            execute(database.dataSource(), "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '7'");
            assertThat(SchemaHistory.currentVersion(database.dataSource(), onClassPath())).isEmpty();
        }
        assertThatThrownBy(() -> Database.openH2(dataDir, Studio.ENTITIES))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("failed");
    }

    @Test
    void aMigrationEditedAfterItRanStillStopsTheStart() throws SQLException {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            execute(database.dataSource(), "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'");
        }
        assertThatThrownBy(() -> Database.openH2(dataDir, Studio.ENTITIES))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void versionsCompareAsNumbers() {
        assertThat(MigrationFiles.compareVersions("10", "9")).isPositive();
        assertThat(MigrationFiles.compareVersions("1.10", "1.9")).isPositive();
        assertThat(MigrationFiles.compareVersions("2", "2.0")).isZero();
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
