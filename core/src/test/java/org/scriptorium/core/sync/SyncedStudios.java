package org.scriptorium.core.sync;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Studios for one test, each on its own data directory and all on one manual clock, set up on one fresh hub
 * (a JUnit extension: registered as a field, it makes the hub before each test and removes everything after).
 */
final class SyncedStudios implements BeforeEachCallback, AfterEachCallback {
    final ManualClock clock;
    private final String prefix;
    private final List<Studio> open = new ArrayList<>();
    private TestHub hub;
    private Path folder;

    SyncedStudios(String prefix, Instant now) {
        this.prefix = prefix;
        this.clock = new ManualClock(now);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException, IOException {
        hub = TestHub.create(prefix); // skips the test when there is no PostgreSQL
        folder = Files.createTempDirectory("scriptorium-sync-test");
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException, IOException {
        open.forEach(Studio::close);
        open.clear();
        if (hub != null) {
            hub.close();
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    TestHub hub() {
        return hub;
    }

    /** Where the studios' data directories are, each named for its studio. */
    Path folder() {
        return folder;
    }

    /** A studio named {@code name} (its data directory and its device name), already set up for sync. */
    Studio studio(String name) {
        Studio studio = Studio.open(folder.resolve(name), clock);
        open.add(studio);
        studio.sync().setup(hub.address(), false, TestHub.user(), "", SyncTest.PASSPHRASE.toCharArray(), name);
        return studio;
    }

    /** Each studio syncs once, in this order. */
    static void sync(Studio... order) {
        for (Studio studio : order) {
            studio.sync().syncNow(Progress.NONE);
        }
    }
}
