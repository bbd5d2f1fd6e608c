package org.scriptorium.core.scheduling;

import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform told post by post (by how its text starts) to refuse it; every other post it takes. For tests of what the user hears. */
public final class ScriptedPlatform implements AcceptingMastodon {
    private final Map<String, PublishException> refusals = new ConcurrentHashMap<>();
    public final List<String> taken = new CopyOnWriteArrayList<>();

    /** Posts whose text starts with {@code textStart} fail with {@code failure} until {@link #accept} is called. */
    public void refuse(String textStart, PublishException failure) {
        refusals.put(textStart, failure);
    }

    public void accept(String textStart) {
        refusals.remove(textStart);
    }

    @Override
    public Published publish(PublishJob job) {
        String text = job.post().text();
        for (var refusal : refusals.entrySet()) {
            if (text.startsWith(refusal.getKey())) {
                throw refusal.getValue();
            }
        }
        taken.add(text);
        return new Published("p-" + job.id(), URI.create("https://social.example/@ana/" + job.id()));
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        return Optional.empty();
    }
}
