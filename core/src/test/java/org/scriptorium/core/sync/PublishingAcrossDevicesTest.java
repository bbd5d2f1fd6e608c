package org.scriptorium.core.sync;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.worker.Worker;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once across devices: two desktops and two headless workers, one account on one PostgreSQL, publishing the
 * same due posts at the same time to a network that never deduplicates, while "processes" die mid-publish (after
 * storing their intent, and after the network took the post but before they heard) and come back later. Every post
 * is published once, none is lost, and every device ends with the same posts and the same log.
 */
class PublishingAcrossDevicesTest {
    private static final Instant START = Instant.parse("2026-09-14T06:00:00Z");
    private static final Duration LEASE = Duration.ofMillis(400);
    private static final int POSTS = 12;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void twoDesktopsAndTwoWorkersPublishEachPostOnceWhileProcessesDie(long seed) throws Exception {
        try (TestHub hub = TestHub.create("scriptorium_xdev")) {
            Random random = new Random(seed);
            ManualClock clock = new ManualClock(START);
            DyingNetwork network = new DyingNetwork(random);
            List<Device> devices = List.of(new Device("desk-1", false), new Device("desk-2", false), new Device("worker-1", true),
                    new Device("worker-2", true));
            devices.getFirst().start(hub, clock, network, folder);
            Account account = devices.getFirst().studio.publishing().accounts().save(new Account(null, Network.MASTODON, "Ana", "@ana",
                    "ana-1", URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
            List<UUID> posts = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                posts.add(devices.getFirst().studio.scheduling().posts().create(account.id(), null, "Post " + i + " of seed " + seed, List.of(), null,
                        START.plus(Duration.ofMinutes(1 + random.nextInt(10))), ZoneId.of("Europe/Madrid")).id());
            }
            for (Device device : devices) {
                if (!device.alive()) {
                    device.start(hub, clock, network, folder);
                }
                device.studio.sync().syncNow(Progress.NONE);
            }

            ExecutorService threads = Executors.newFixedThreadPool(devices.size());
            try {
                for (int step = 0; step < 40; step++) {
                    if (step % 3 == 0) {
                        clock.advance(Duration.ofMinutes(1));
                    }
                    List<Future<?>> running = new ArrayList<>();
                    for (Device device : devices) {
                        if (device.alive()) {
                            running.add(threads.submit(device::round));
                        } else if (random.nextInt(3) == 0) {
                            device.start(hub, clock, network, folder); // the process is started again
                        }
                    }
                    for (Future<?> round : running) {
                        round.get();
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            // Everyone back; a dead holder's lease lapses; rounds until every device has every post published.
            for (Device device : devices) {
                if (!device.alive()) {
                    device.start(hub, clock, network, folder);
                }
            }
            network.dying = false;
            for (int round = 0; round < 10 && !allPublished(devices, posts); round++) {
                Thread.sleep(LEASE.toMillis() + 100);
                clock.advance(Duration.ofMinutes(2));
                for (Device device : devices) {
                    device.round();
                }
                for (Device device : devices) {
                    device.studio.sync().syncNow(Progress.NONE);
                }
            }

            for (int pass = 0; pass < 2; pass++) { // what the last round changed reaches every device
                for (Device device : devices) {
                    device.studio.sync().syncNow(Progress.NONE);
                }
            }

            assertThat(network.deaths).as("processes died mid-publish").isPositive();
            for (UUID post : posts) {
                assertThat(network.copiesOf(post)).as("copies of post %s on the network", post).isEqualTo(1);
            }
            assertThat(allPublished(devices, posts)).as("every post published on every device").isTrue();
            assertThat(heldClaims(hub)).as("claims still held").isZero();
            SyncTest.assertSameEverywhere(devices.stream().map(d -> d.studio).toArray(Studio[]::new));
            devices.forEach(Device::stop);
        }
    }

    private static boolean allPublished(List<Device> devices, List<UUID> posts) {
        return devices.stream().allMatch(device -> posts.stream()
                .allMatch(post -> device.studio.scheduling().posts().get(post).status() == PostStatus.PUBLISHED));
    }

    private static long heldClaims(TestHub hub) throws Exception {
        try (Connection connection = hub.admin().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + hub.schema() + ".hub_claims WHERE kind = 'post' AND state = 'HELD'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A desktop (its own H2 data directory) or a worker (its own schema on the PostgreSQL), with its own engine. */
    private static final class Device {
        final String name;
        final boolean worker;
        Studio studio;
        Worker running;
        PublishEngine engine;

        Device(String name, boolean worker) {
            this.name = name;
            this.worker = worker;
        }

        boolean alive() {
            return studio != null;
        }

        void start(TestHub hub, ManualClock clock, DyingNetwork network, Path folder) {
            if (worker) {
                running = Worker.open(new Worker.Settings(hub.address(), false, TestHub.user(), "", SyncTest.PASSPHRASE.toCharArray(), name,
                        folder.resolve(name)), clock);
                studio = running.studio();
            } else {
                studio = Studio.open(folder.resolve(name), clock);
                if (studio.sync().status().address() == null) {
                    studio.sync().setup(hub.address(), false, TestHub.user(), "", SyncTest.PASSPHRASE.toCharArray(), name);
                }
            }
            studio.sync().claimLease(LEASE);
            engine = new PublishEngine(studio.scheduling().posts(), clock, studio.publishing().accounts(), account -> network,
                    PublishEngine.Policy.DEFAULT, network::maybeDie);
            engine.useClaims(studio.sync().claims());
        }

        /** What a running studio does: sync, a publishing round, sync. A death leaves everything as a killed process would. */
        void round() {
            try {
                studio.sync().runScheduled(Progress.NONE);
                engine.tick();
                studio.sync().runScheduled(Progress.NONE);
            } catch (DyingNetwork.Death death) {
                stop();
            } catch (RuntimeException e) {
                throw new AssertionError(name + " failed", e);
            }
        }

        void stop() {
            if (running != null) {
                running.close();
            } else if (studio != null) {
                studio.close();
            }
            studio = null;
            running = null;
        }
    }

    /** A network that keeps every post it is sent and never deduplicates; now and then the sending process dies. */
    private static final class DyingNetwork implements org.scriptorium.core.scheduling.AcceptingMastodon {
        static final class Death extends Error {
            Death(String where) {
                super("simulated death " + where, null, false, false);
            }
        }

        private final Random random;
        private final List<UUID> accepted = new ArrayList<>();
        volatile boolean dying = true;
        int deaths;

        DyingNetwork(Random random) {
            this.random = random;
        }

        /** The engine's crash points: after the intent is stored, before the result is. */
        void maybeDie(String where) {
            if (dying && chance(0.15)) {
                die(where);
            }
        }

        private synchronized boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private synchronized void die(String where) {
            deaths++;
            throw new Death(where);
        }

        synchronized long copiesOf(UUID post) {
            return accepted.stream().filter(post::equals).count();
        }

        @Override
        public Published publish(PublishJob job) {
            synchronized (this) {
                accepted.add(job.id());
            }
            if (dying && chance(0.15)) {
                die("after the network took the post");
            }
            return new Published(job.id().toString(), URI.create("https://social.example/@ana/" + job.id()));
        }

        @Override
        public synchronized Optional<Published> reconcile(PublishJob job) {
            return accepted.contains(job.id())
                    ? Optional.of(new Published(job.id().toString(), URI.create("https://social.example/@ana/" + job.id())))
                    : Optional.empty();
        }



    }
}
