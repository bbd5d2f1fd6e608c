package org.scriptorium.core.sync;

import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Studios for one test, each on its own data directory and all on one manual clock, set up on one fresh hub. */
final class SyncedStudios implements AutoCloseable {
    final TestHub hub;
    final ManualClock clock;
    private final Path folder;
    private final List<Studio> open = new ArrayList<>();

    SyncedStudios(String prefix, Path folder, Instant now) throws SQLException {
        this.hub = TestHub.create(prefix);
        this.clock = new ManualClock(now);
        this.folder = folder;
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

    @Override
    public void close() throws SQLException {
        open.forEach(Studio::close);
        hub.close();
    }
}
