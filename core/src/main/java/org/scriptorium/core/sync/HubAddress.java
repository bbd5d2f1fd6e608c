package org.scriptorium.core.sync;

import org.scriptorium.core.InvalidInput;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the hub is: a {@code postgresql://HOST[:PORT]/DATABASE[?currentSchema=S]} address, as Neon, Supabase or RDS
 * print it (without the password, which lives in the keychain). Any host but this machine is reached over TLS with
 * the server's certificate and name checked; only {@code insecureTls}, a choice the user makes and is warned about,
 * keeps the encryption without the check.
 */
public record HubAddress(String host, int port, String database, String schema, boolean insecureTls) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public HubAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank()) {
            throw new InvalidInput("A sync address needs a host and a database: postgresql://HOST:PORT/DATABASE");
        }
    }

    public static HubAddress parse(String text, boolean insecureTls) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("Not a PostgreSQL address: " + text + " (expected postgresql://HOST:PORT/DATABASE)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new InvalidInput("Not a PostgreSQL address: " + text + " (expected postgresql://HOST:PORT/DATABASE)");
        }
        if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
            throw new InvalidInput("Leave the password out of the address: give it with --password-env or --password-stdin, "
                    + "and it is kept in the keychain");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String schema = query(uri).getOrDefault("currentSchema", null);
        return new HubAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, schema, insecureTls);
    }

    /** The same server and database, another schema: where the headless worker keeps its own copy. */
    public HubAddress withSchema(String other) {
        return new HubAddress(host, port, database, other, insecureTls);
    }

    public boolean loopback() {
        return LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The JDBC address: TLS with verification off this machine (unless weakened by choice), none needed on it. */
    public String jdbcUrl() {
        String sslMode = loopback() ? "prefer" : insecureTls ? "require" : "verify-full";
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(database)
                .append("?sslmode=").append(sslMode)
                // The hub never blocks a device for long: a dead network is reported, not waited out.
                .append("&connectTimeout=10&socketTimeout=60&tcpKeepAlive=true&ApplicationName=Scriptorium");
        if (schema != null && !schema.isBlank()) {
            url.append("&currentSchema=").append(schema);
        }
        return url.toString();
    }

    /** As the user typed it, without any secret: shown in the window, the CLI and the log. */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database + (schema == null ? "" : "?currentSchema=" + schema);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }
}
