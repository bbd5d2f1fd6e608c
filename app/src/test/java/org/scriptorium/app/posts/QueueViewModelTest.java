package org.scriptorium.app.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue tab without a window: slots, adding to the queue, reordering, and editing a queued post. */
class QueueViewModelTest {
    @TempDir
    Path dataDir;
    private final Clock clock = TestStudios.runningFrom(java.time.ZonedDateTime.of(2027, 1, 8, 10, 17, 0, 0, java.time.ZoneId.of("Europe/Berlin")));

    @Test
    void postsAddedToTheQueueTakeTheSlotsInOrderAndReorderingSwapsTheirTimes() throws Exception {
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account account = pds.connect(studio.publishing());
            PostsViewModel posts = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
            posts.load();
            QueueViewModel queue = posts.queue();
            assertThat(queue.accountProperty().get()).isEqualTo(account); // the only account, chosen already
            assertThat(queue.nextFreeProperty().get()).startsWith("No posting slots yet");

            posts.composer().addToQueue(account, "Before any slots");
            assertThat(posts.messageProperty().get()).contains("no posting slots");
            queue.slotsProperty().set("Mon-Fri 09:00, 17:00");
            queue.zoneProperty().set("Mars/Olympus");
            queue.saveSlots();
            assertThat(queue.messageProperty().get()).contains("Unknown time zone");
            queue.zoneProperty().set("Europe/Berlin");
            queue.saveSlots();
            assertThat(queue.slotsProperty().get()).isEqualTo("Mon-Fri 09:00,17:00");
            assertThat(queue.nextFreeProperty().get()).startsWith("Next free slot: ").endsWith("(Berlin)"); // a zone by its city
            posts.composer().accountChosen(account);
            assertThat(posts.composer().zoneProperty().get()).isEqualTo("Europe/Berlin"); // the account's own zone, for planning

            posts.composer().addToQueue(account, "One");
            posts.composer().addToQueue(account, "Two");
            posts.composer().addToQueue(account, "Three");
            assertThat(queue.queue()).extracting(ScheduledPost::text).containsExactly("One", "Two", "Three");
            var slots = queue.queue().stream().map(ScheduledPost::scheduledAt).toList();
            for (ScheduledPost p : queue.queue()) {
                ZonedDateTime inBerlin = p.scheduledAt().atZone(ZoneId.of("Europe/Berlin"));
                assertThat(inBerlin.getHour()).isIn(9, 17);
                assertThat(inBerlin.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }

            queue.selectedProperty().set(queue.queue().get(2));
            queue.shift(-1);
            queue.shift(-1);
            assertThat(queue.queue()).extracting(ScheduledPost::text).containsExactly("Three", "One", "Two");
            assertThat(queue.queue()).extracting(ScheduledPost::scheduledAt).containsExactlyElementsOf(slots);
            assertThat(queue.selectedProperty().get().text()).isEqualTo("Three"); // the selection follows the post
            queue.shift(-1); // already first: nothing moves
            assertThat(queue.queue()).extracting(ScheduledPost::text).containsExactly("Three", "One", "Two");

            assertThat(queue.catchUpProperty().get()).isEqualTo("2h");
            queue.catchUpProperty().set("whenever");
            queue.saveCatchUp();
            assertThat(queue.messageProperty().get()).contains("Write how late like 2h");
            queue.catchUpProperty().set("6h");
            queue.saveCatchUp();
            assertThat(studio.scheduling().catchUpWindow()).contains(java.time.Duration.ofHours(6));

            AtomicReference<String> refused = new AtomicReference<>();
            ScheduledPost three = queue.queue().getFirst();
            posts.edit(three, "z".repeat(301), () -> { }, refused::set);
            assertThat(refused.get()).contains("Bluesky would refuse the post");
            assertThat(studio.scheduling().posts().get(three.id()).text()).isEqualTo("Three");
            posts.edit(three, "Three, said better", () -> { }, refused::set);
            assertThat(queue.queue().getFirst().text()).isEqualTo("Three, said better");
            assertThat(queue.queue().getFirst().scheduledAt()).isEqualTo(slots.getFirst());
        }
    }
}
