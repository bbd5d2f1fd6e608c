package org.scriptorium.core.sync;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftNotFound;
import org.scriptorium.core.drafts.DraftSyncPort;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.drafts.SyncedDraft;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random histories on three devices with skewed clocks, each behind its own proxy that can cut its connection
 * at any byte: edits, trash, restores and deletions, syncs in any order, connections cut mid-transaction, a device
 * that stops between the hub taking its push and recording it, pulls in small pages. Every history must end with
 * every device holding the same drafts and revisions, and every line typed into a draft that still exists in the
 * draft or in a conflict copy of it. {@code -Dsync.histories=N} and {@code -Dsync.seed=S} change the run.
 */
class SyncHistoriesTest {
    private static final int HISTORIES = Integer.getInteger("sync.histories", 200);
    private static final long SEED = Long.getLong("sync.seed", 20261204L);

    @TempDir
    Path folder;

    private TestHub hub;
    private final List<Studio> studios = new ArrayList<>();
    private final List<CuttingProxy> proxies = new ArrayList<>();

    @BeforeEach
    void freshSchema() throws Exception {
        hub = TestHub.create("scriptorium_hist");
        URI server = URI.create(hub.jdbcUrl().replaceFirst("^jdbc:", ""));
        String[] names = {"alpha", "beta", "gamma"};
        Duration[] skews = {Duration.ZERO, Duration.ofMinutes(-47), Duration.ofHours(3)};
        for (int i = 0; i < names.length; i++) {
            CuttingProxy proxy = new CuttingProxy(server.getHost(), server.getPort());
            proxies.add(proxy);
            Studio studio = Studio.open(folder.resolve(names[i]),
                    TestStudios.runningFrom(ZonedDateTime.of(2026, 5, 1, 8, 0, 0, 0, ZoneId.of("UTC")).plus(skews[i])));
            studios.add(studio);
            String address = "postgresql://127.0.0.1:" + proxy.port() + server.getPath() + "?currentSchema=" + hub.schema();
            studio.sync().setup(address, false, TestHub.user(), "", "histories passphrase".toCharArray(), names[i]);
            studio.sync().pageSizeForTest(3);
        }
    }

    @AfterEach
    void close() throws Exception {
        studios.forEach(Studio::close);
        for (CuttingProxy proxy : proxies) {
            proxy.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyHistoryEndsTheSameOnEveryDeviceWithEveryLineKept() {
        Random random = new Random(SEED);
        int faults = 0;
        for (int history = 0; history < HISTORIES; history++) {
            faults += runHistory(history, random);
        }
        assertThat(faults).as("faults injected").isGreaterThan(HISTORIES / 2);
    }

    /** One history; returns how many faults it injected. */
    private int runHistory(int history, Random random) {
        List<UUID> drafts = new ArrayList<>();
        Map<UUID, Set<String>> lines = new HashMap<>();
        int faults = 0;
        int steps = 6 + random.nextInt(10);
        for (int step = 0; step < steps; step++) {
            int device = random.nextInt(studios.size());
            Studio studio = studios.get(device);
            int choice = random.nextInt(100);
            String line = "h" + history + "s" + step + "d" + device;
            try {
                if (drafts.isEmpty() || choice < 12) {
                    DraftDocument created = studio.drafts().create(new NewDraft("History " + history + " " + line, line + "\n", null, List.of()));
                    drafts.add(created.id());
                    lines.computeIfAbsent(created.id(), id -> new LinkedHashSet<>()).add(line);
                } else if (choice < 50) {
                    insertLine(studio, drafts.get(random.nextInt(drafts.size())), line, lines, random);
                } else if (choice < 56) {
                    UUID id = drafts.get(random.nextInt(drafts.size()));
                    studio.drafts().rename(id, "Renamed " + line);
                } else if (choice < 61) {
                    studio.drafts().setTags(drafts.get(random.nextInt(drafts.size())), List.of("t" + random.nextInt(3)));
                } else if (choice < 65) {
                    studio.drafts().trash(drafts.get(random.nextInt(drafts.size())));
                } else if (choice < 68) {
                    studio.drafts().restore(drafts.get(random.nextInt(drafts.size())));
                } else if (choice < 70) {
                    studio.drafts().emptyTrash();
                } else if (choice < 75) {
                    faults += staleBase(device, drafts, lines, random, line);
                } else if (choice < 79) {
                    faults += pushesOverlap(device, drafts, lines, random, line);
                } else {
                    faults += sync(device, random);
                }
            } catch (DraftNotFound deletedHere) {
                // the draft was deleted for good on this device: nothing to edit
            }
        }
        settle();
        check(history, drafts, lines);
        return faults;
    }

    /** A sync of one device, sometimes through a connection that is cut, or a device that stops after the hub took its push. */
    private int sync(int device, Random random) {
        Studio studio = studios.get(device);
        int fault = random.nextInt(10);
        try {
            if (fault < 3) {
                proxies.get(device).cutAfter(random.nextInt(6_000));
            } else if (fault < 4) {
                studio.sync().afterPushTakenForTest(() -> {
                    throw new Stopped();
                });
            }
            studio.sync().syncNow(Progress.NONE);
        } catch (SyncFailure | Stopped interrupted) {
            // what a cut connection or a stopped device leaves must be picked up by a later sync
        } finally {
            proxies.get(device).heal();
            studio.sync().afterPushTakenForTest(() -> { });
        }
        return fault < 4 ? 1 : 0;
    }

    /**
     * Two devices edit one draft; one of them has pulled and waits to push while the other pushes its edit: the waiting
     * push is based on a revision the hub no longer has, so the hub must refuse it and the device merge first.
     */
    private int staleBase(int device, List<UUID> drafts, Map<UUID, Set<String>> lines, Random random, String line) {
        int other = (device + 1 + random.nextInt(studios.size() - 1)) % studios.size();
        UUID id = drafts.get(random.nextInt(drafts.size()));
        insertLine(studios.get(device), id, line + "x", lines, random);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        studios.get(device).sync().beforePushForTest(() -> await(go));
        Thread waiting = Thread.ofPlatform().start(() -> syncQuietly(studios.get(device)));
        try {
            insertLine(studios.get(other), id, line + "y", lines, random);
            syncQuietly(studios.get(other));
        } finally {
            go.countDown();
            join(waiting);
            studios.get(device).sync().beforePushForTest(() -> { });
        }
        return 1;
    }

    /**
     * One device's push waits inside its transaction, after its changes and before its commit, while a second device
     * pushes and a third pulls: the account's lock must keep the second push (and its change number) behind the first,
     * or the third device's cursor passes a change that commits later with a smaller number.
     */
    private int pushesOverlap(int device, List<UUID> drafts, Map<UUID, Set<String>> lines, Random random, String line) {
        int second = (device + 1) % studios.size();
        int third = (device + 2) % studios.size();
        insertLine(studios.get(device), drafts.get(random.nextInt(drafts.size())), line + "p", lines, random);
        insertLine(studios.get(second), drafts.get(random.nextInt(drafts.size())), line + "q", lines, random);
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        studios.get(device).sync().beforePushCommitForTest(() -> {
            if (once.compareAndSet(false, true)) {
                arrived.countDown();
                await(go);
            }
        });
        List<Thread> running = new ArrayList<>();
        try {
            Thread first = Thread.ofPlatform().start(() -> syncQuietly(studios.get(device)));
            running.add(first);
            // The first device may have had nothing to push (its draft deleted here): then there is nothing to overlap.
            while (arrived.getCount() > 0 && first.isAlive()) {
                pause(5);
            }
            running.add(Thread.ofPlatform().start(() -> syncQuietly(studios.get(second))));
            pause(150);
            running.add(Thread.ofPlatform().start(() -> syncQuietly(studios.get(third))));
            pause(150);
        } finally {
            go.countDown();
            running.forEach(SyncHistoriesTest::join);
            studios.get(device).sync().beforePushCommitForTest(() -> { });
        }
        return 1;
    }

    private static void insertLine(Studio studio, UUID id, String line, Map<UUID, Set<String>> lines, Random random) {
        try {
            List<String> current = new ArrayList<>(List.of(studio.drafts().get(id).body().split("\n", -1)));
            current.removeIf(String::isEmpty);
            current.add(random.nextInt(current.size() + 1), line);
            studio.drafts().saveBody(id, String.join("\n", current) + "\n");
            lines.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(line);
        } catch (DraftNotFound deletedHere) {
            // deleted for good on this device
        }
    }

    private static void syncQuietly(Studio studio) {
        try {
            studio.sync().syncNow(Progress.NONE);
        } catch (SyncFailure ignored) {
            // a later sync picks up
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("waited 30 s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(thread.isAlive()).as("a sync still running after a minute").isFalse();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped between the push and its answer");
        }
    }

    /** Every device syncs, round after round, until a whole round moves nothing. */
    private void settle() {
        for (int round = 0; round < 8; round++) {
            int moved = 0;
            for (Studio studio : studios) {
                SyncService.Report report = studio.sync().syncNow(Progress.NONE);
                moved += report.pushed() + report.pulled();
            }
            if (moved == 0) {
                return;
            }
        }
        throw new AssertionError("Sync did not settle in 8 rounds");
    }

    private void check(int history, List<UUID> drafts, Map<UUID, Set<String>> lines) {
        Map<UUID, List<UUID>> copies = new HashMap<>();
        for (Studio studio : studios) {
            for (SyncService.Conflict conflict : studio.sync().conflicts()) {
                if (conflict.copyId() != null) {
                    copies.computeIfAbsent(conflict.recordId(), id -> new ArrayList<>()).add(conflict.copyId());
                }
            }
        }
        Set<UUID> involved = new LinkedHashSet<>(drafts);
        copies.values().forEach(involved::addAll);
        String expected = dump(studios.getFirst(), involved);
        for (Studio studio : studios) {
            assertThat(dump(studio, involved)).as("history %d on %s", history, studio.sync().status().deviceName()).isEqualTo(expected);
        }
        DraftSyncPort port = studios.getFirst().drafts().syncPort();
        for (UUID id : drafts) {
            SyncedDraft draft = port.find(id).map(DraftSyncPort.LocalDraft::state).orElse(null);
            if (draft == null || draft.deletedAt() != null) {
                continue; // deleted for good (on a device before this one ever saw it, if absent)
            }
            StringBuilder text = new StringBuilder(draft.body());
            for (UUID copy : copies.getOrDefault(id, List.of())) {
                port.find(copy).ifPresent(c -> text.append('\n').append(c.state().body()));
            }
            for (String line : lines.getOrDefault(id, Set.of())) {
                assertThat(text.toString()).as("history %d: line %s of draft %s", history, line, id).contains(line);
            }
        }
    }

    private static String dump(Studio studio, Set<UUID> ids) {
        DraftSyncPort port = studio.drafts().syncPort();
        return ids.stream().sorted()
                // A draft a device never saw before it was deleted is simply absent there: the same as a tombstone.
                .map(id -> port.find(id).map(d -> d.state().deletedAt() != null ? id + " deleted" : d.state().toString()).orElse(id + " deleted"))
                .collect(Collectors.joining("\n"));
    }


}
