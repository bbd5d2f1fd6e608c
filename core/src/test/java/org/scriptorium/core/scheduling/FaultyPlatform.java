package org.scriptorium.core.scheduling;

import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A platform that keeps every post it accepts and does NOT deduplicate (the worst case, as LinkedIn), driven by a
 * seeded fault plan: 429 and 5xx storms, timeouts after it accepted a post, a process that dies after the platform
 * accepted but before the app heard, and failures while reconciling. Reconciliation tells the truth.
 */
final class FaultyPlatform implements AcceptingMastodon {
    /** A process dying: an Error, so nothing in the engine catches it. */
    static final class Crash extends Error {
        Crash(String where) {
            super("simulated crash " + where, null, false, false);
        }
    }

    record Accepted(UUID jobId, String text) {
    }

    final List<Accepted> accepted = new ArrayList<>();
    private final Random random;
    private final double faultRate;

    FaultyPlatform(Random random, double faultRate) {
        this.random = random;
        this.faultRate = faultRate;
    }

    long copiesOf(UUID postId) {
        return accepted.stream().filter(a -> a.jobId().equals(postId)).count();
    }

    @Override
    public Published publish(PublishJob job) {
        if (fault()) {
            switch (random.nextInt(6)) {
                case 0 -> throw PublishException.retryable("429 Too Many Requests", Duration.ofSeconds(random.nextInt(600)), null);
                case 1 -> throw PublishException.retryable("503 Service Unavailable", null, null);
                case 2 -> throw new Crash("during the call, before the platform took it");
                case 3 -> {
                    accept(job);
                    throw PublishException.outcomeUnknown("read timed out after sending", null);
                }
                case 4 -> {
                    accept(job);
                    throw new Crash("after the platform took it, before the app heard");
                }
                default -> throw PublishException.outcomeUnknown("read timed out, request lost on the way", null);
            }
        }
        return accept(job);
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        if (fault()) {
            if (random.nextBoolean()) {
                throw new Crash("during reconciliation");
            }
            throw PublishException.retryable("503 while listing recent posts", null, null);
        }
        return accepted.stream().filter(a -> a.jobId().equals(job.id())).findFirst().map(a -> published(job));
    }

    private Published accept(PublishJob job) {
        accepted.add(new Accepted(job.id(), job.post().text()));
        return published(job);
    }

    private static Published published(PublishJob job) {
        return new Published("p-" + job.id(), URI.create("https://social.example/@me/" + job.id()));
    }

    private boolean fault() {
        return random.nextDouble() < faultRate;
    }
}
