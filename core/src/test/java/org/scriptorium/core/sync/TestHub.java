package org.scriptorium.core.sync;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A sync hub for one test: a fresh schema on the PostgreSQL that {@code ./run-tests} starts (or
 * {@code SCRIPTORIUM_TEST_POSTGRES_URL} names), dropped by {@link #close()}. Skips the test when there is no server,
 * and fails it instead when {@code SCRIPTORIUM_TEST_POSTGRES_REQUIRED} is set (CI).
 */
public final class TestHub implements AutoCloseable {
    private final PGSimpleDataSource admin;
    private final String url;
    private final String schema;

    private TestHub(PGSimpleDataSource admin, String url, String schema) {
        this.admin = admin;
        this.url = url;
        this.schema = schema;
    }

    public static TestHub create(String prefix) throws SQLException {
        String url = System.getenv("SCRIPTORIUM_TEST_POSTGRES_URL");
        if (System.getenv("SCRIPTORIUM_TEST_POSTGRES_REQUIRED") != null) {
            assertThat(url).as("SCRIPTORIUM_TEST_POSTGRES_URL").isNotBlank();
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL to sync through (./run-tests starts one)");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user());
        TestHub hub = new TestHub(admin, url, prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
        hub.execute("CREATE SCHEMA " + hub.schema);
        return hub;
    }

    /** The hub's address as a user types it, on this test's schema. */
    public String address() {
        return url.replaceFirst("^jdbc:", "") + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The server's JDBC address, without the schema. */
    public String jdbcUrl() {
        return url;
    }

    public String schema() {
        return schema;
    }

    public PGSimpleDataSource admin() {
        return admin;
    }

    public static String user() {
        return System.getenv().getOrDefault("SCRIPTORIUM_TEST_POSTGRES_USER", "postgres");
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of every table of this hub, as text: what whoever runs the server could read. */
    public String everyRowAsText() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (java.sql.ResultSet rows = statement.executeQuery("SELECT t::text FROM " + schema + "." + table + " t")) {
                    while (rows.next()) {
                        text.append(table).append(' ').append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** How many rows a table of this hub holds. */
    public long rowsOf(String table) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
