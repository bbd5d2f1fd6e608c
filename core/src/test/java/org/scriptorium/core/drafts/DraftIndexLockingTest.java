package org.scriptorium.core.drafts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The window opens the search index in the background at start-up while the writer may already be saving. */
class DraftIndexLockingTest {
    private static final long PATIENCE_MS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void aSaveWhileTheIndexOpensFinishesAndIsFound() throws Exception {
        // Not closed in a finally: after a deadlock, closing would wait for the stuck threads and hang the build.
        Studio studio = Studio.open(dataDir);
        DraftService drafts = studio.drafts();
        UUID id = drafts.create(new NewDraft("Start-up", "written before the window opened", null, List.of())).id();

        CountDownLatch openerBetweenLocks = new CountDownLatch(1);
        CountDownLatch saverLinedUp = new CountDownLatch(1);
        Thread opener = Thread.ofPlatform().daemon().name("opens the index").unstarted(drafts::prepareSearch);
        Thread saver = Thread.ofPlatform().daemon().name("saves").unstarted(() -> drafts.saveBody(id, "after the storm"));
        // Hold the opener inside its first lock until the save has run into a lock: the interleaving that used to
        // leave each thread holding the lock the other waited for.
        drafts.betweenIndexLocks(() -> {
            openerBetweenLocks.countDown();
            awaitOrFail(saverLinedUp, "the save to line up");
        });

        opener.start();
        awaitOrFail(openerBetweenLocks, "the index to start opening");
        saver.start();
        waitUntilWaitingOnALock(saver);
        saverLinedUp.countDown();
        opener.join(PATIENCE_MS);
        saver.join(PATIENCE_MS);

        assertThat(opener.isAlive() || saver.isAlive())
                .as("deadlock: %s is %s, %s is %s", opener.getName(), opener.getState(), saver.getName(), saver.getState())
                .isFalse();
        assertThat(drafts.search("storm", DraftFilter.ALL)).extracting(DraftSummary::id).containsExactly(id);
        studio.close();
    }

    private static void waitUntilWaitingOnALock(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.BLOCKED) {
            if (System.nanoTime() > deadline) {
                fail("%s never reached a lock; it is %s", thread.getName(), thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitOrFail(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE_MS, TimeUnit.MILLISECONDS)) {
                fail("Waited in vain for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Interrupted waiting for " + what);
        }
    }
}
