package org.scriptorium.core.writing.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Fixture streams and the quick call policy tests run with. */
final class ModelFixtures {
    /** The answer every stream fixture spells out. */
    static final String ANSWER = "Slow mornings at the café — where naïve notes become ✍️ essays.";

    static final List<ChatMessage> CONVERSATION = List.of(
            ChatMessage.system("You write short, warm paragraphs."),
            ChatMessage.user("One sentence about writing in cafés."));

    private ModelFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ModelFixtures.class.getResourceAsStream("/writing/ai/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Retries without real waiting, jitter fixed at the middle, timeouts short enough for a test. */
    static CallPolicy quickPolicy(Sleeper sleeper) {
        return new CallPolicy(new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(3)),
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5),
                5, Duration.ofSeconds(30), sleeper);
    }

    static CallPolicy silentAfter(CallPolicy policy, Duration limit) {
        return policy.withTimeouts(new Timeouts(Duration.ofSeconds(1), limit, limit));
    }
}
