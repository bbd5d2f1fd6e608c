package org.scriptorium.core.drafts;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the writes to drafts, so an autosave and a rename never race on the same row. Whoever also needs
 * the search index's guard takes this lock first: one order everywhere, so two threads never wait on each other.
 */
final class WriteLock {
    private final ReentrantLock lock = new ReentrantLock();

    <T> T holding(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
