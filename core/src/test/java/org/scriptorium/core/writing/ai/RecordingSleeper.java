package org.scriptorium.core.writing.ai;

import org.scriptorium.core.Progress;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every wait asked for and returns at once. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration, Progress progress) {
        progress.checkCancelled();
        waits.add(duration);
    }
}
