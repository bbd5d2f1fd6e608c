package org.scriptorium.core.store;

import org.scriptorium.core.store.MigrationFiles.Migration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a database already holds exactly the migrations on the class path, read from Flyway's history table with one
 * query. Flyway's own check of a current schema costs about half a second of every start (most of a CLI command's
 * store); this costs a few milliseconds. It says "current" only when every row of the history is one of those
 * migrations, in order, applied successfully, with the checksum its file has now. Anything else (a pending migration,
 * a failed or half-applied one, an edited file, a history written by a newer version, no history at all, a history it
 * cannot read) is left to Flyway, which migrates or refuses as it always has.
 */
final class SchemaHistory {
    private static final String QUERY = "SELECT \"version\", \"script\", \"checksum\", \"type\", \"success\""
            + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

    private SchemaHistory() {
    }

    /** The schema's version when it is current with {@code migrations}; empty when Flyway has something to do or say. */
    static Optional<String> currentVersion(DataSource dataSource, List<Migration> migrations) {
        List<Migration> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(4);
                // Flyway's own markers ("schema created", "history table created") carry no version.
                if (version == null && ("SCHEMA".equals(type) || "TABLE".equals(type))) {
                    continue;
                }
                int checksum = rows.getInt(3);
                boolean noChecksum = rows.wasNull();
                if (!"SQL".equals(type) || !rows.getBoolean(5) || noChecksum) {
                    return Optional.empty();
                }
                applied.add(new Migration(version, rows.getString(2), checksum));
            }
        } catch (SQLException e) {
            return Optional.empty(); // no history table yet, or one of another shape: Flyway's to handle
        }
        if (!applied.equals(migrations)) {
            return Optional.empty();
        }
        return Optional.of(Objects.requireNonNull(migrations.getLast().version()));
    }
}
