package org.scriptorium.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The SQL migrations in one class path folder, read the way Flyway reads them: each one's version, its script name
 * relative to the folder, and the checksum Flyway records for it. Reading them costs a few milliseconds, where loading
 * Flyway to do the same costs a few hundred.
 */
final class MigrationFiles {
    /** {@code V7__draft_planned_dates.sql}: a versioned migration; its version's parts are separated by dots or underscores. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private MigrationFiles() {
    }

    record Migration(String version, String script, int checksum) {
    }

    /**
     * The versioned migrations in {@code folder} (as {@code db/migration}), in the order Flyway applies them; empty when
     * the folder holds anything else (a repeatable migration, a file Flyway would read another way) or cannot be listed
     * from where it is (neither a directory nor a jar), so that Flyway, not this, decides about those.
     */
    static Optional<List<Migration>> in(ClassLoader loader, String folder) {
        try {
            List<String> scripts = new ArrayList<>();
            for (Enumeration<URL> roots = loader.getResources(folder); roots.hasMoreElements(); ) {
                if (!list(roots.nextElement(), folder, scripts)) {
                    return Optional.empty();
                }
            }
            List<Migration> migrations = new ArrayList<>();
            for (String script : scripts) {
                Matcher versioned = VERSIONED.matcher(script.substring(script.lastIndexOf('/') + 1));
                if (!versioned.matches()) {
                    return Optional.empty();
                }
                migrations.add(new Migration(versioned.group(1).replace('_', '.'), script, checksum(loader, folder + "/" + script)));
            }
            migrations.sort(Comparator.comparing(Migration::version, MigrationFiles::compareVersions));
            return migrations.isEmpty() ? Optional.empty() : Optional.of(migrations);
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Adds the files under one root of the folder, relative to it; false when the root is of a kind not read here. */
    private static boolean list(URL root, String folder, List<String> scripts) throws IOException, URISyntaxException {
        switch (root.getProtocol()) {
            case "file" -> {
                Path directory = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(directory)) {
                    files.filter(Files::isRegularFile)
                            .forEach(file -> scripts.add(directory.relativize(file).toString().replace('\\', '/')));
                }
                return true;
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            scripts.add(entry.getName().substring(prefix.length()));
                        }
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Flyway's checksum: a CRC-32 of each line's UTF-8 bytes without its line break, a leading byte-order mark left out. */
    static int checksum(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is listed but cannot be read");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CRC32 crc = new CRC32();
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        }
    }

    /** Versions compare part by part as numbers: 1.10 comes after 1.9. */
    static int compareVersions(String a, String b) {
        List<BigInteger> left = parts(a);
        List<BigInteger> right = parts(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            BigInteger l = i < left.size() ? left.get(i) : BigInteger.ZERO;
            BigInteger r = i < right.size() ? right.get(i) : BigInteger.ZERO;
            int order = l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static List<BigInteger> parts(String version) {
        return Arrays.stream(version.split("\\.")).map(BigInteger::new).toList();
    }
}
