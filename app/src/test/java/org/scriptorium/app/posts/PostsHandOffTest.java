package org.scriptorium.app.posts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.publishers.bluesky.FakePds;
import org.scriptorium.publishers.facebook.FakeGraph;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Posts area hands a planned post to its Facebook Page, shows it as on Facebook, and moves and cancels it there. */
class PostsHandOffTest {
    @TempDir
    Path dataDir;
    private FakeGraph graph;
    private FakePds pds;
    // The fake Graph checks hand-off times against its own clock, so this one runs with it (in a pinned zone).
    private final Clock clock = Clock.system(ZoneId.of("Europe/Berlin"));
    private Studio studio;
    private PostsViewModel model;
    private Account page;
    private Account bluesky;

    @BeforeEach
    void open() throws Exception {
        graph = new FakeGraph();
        pds = new FakePds();
        studio = TestStudios.open(dataDir);
        page = graph.connectBakery(studio.publishing());
        bluesky = pds.connect(studio.publishing());
        model = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
        model.load();
    }

    @AfterEach
    void close() {
        studio.close();
        pds.close();
        graph.close();
    }

    private PostsViewModel.Row select(String text) {
        PostsViewModel.Row row = model.posts().stream().filter(r -> r.post().text().equals(text)).findFirst().orElseThrow();
        model.selectedProperty().set(row);
        return row;
    }

    @Test
    void aPlannedFacebookPostIsHandedToThePageShownAsOnFacebookAndMovedAndCancelledThere() {
        LocalDate inTwoDays = LocalDate.now(clock).plusDays(2);
        model.composer().plan(page, "Hot cross buns on Friday", inTwoDays, "09:00", ZoneId.of("Europe/Berlin"));
        select("Hot cross buns on Friday");
        assertThat(model.handOffChoiceProperty().get()).satisfies(choice -> {
            assertThat(choice.label()).isEqualTo("Hand to Facebook");
            assertThat(choice.possible()).isTrue();
            assertThat(choice.hint()).contains("even with this computer off");
        });

        model.handOff();

        assertThat(model.messageProperty().get()).startsWith("Handed to Facebook · Ada's Bakery").contains("with or without Scriptorium running");
        PostsViewModel.Row held = select("Hot cross buns on Friday");
        assertThat(held.post().status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(held.statusText()).isEqualTo("on Facebook");
        Instant nine = inTwoDays.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held.post().platformPostId(), nine));
        assertThat(model.handOffChoiceProperty().get().possible()).isFalse();

        model.moveTo(held, inTwoDays.plusDays(1)); // a drag on the calendar
        assertThat(graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held.post().platformPostId(), nine.plus(1, ChronoUnit.DAYS)));
        assertThat(select("Hot cross buns on Friday").post().scheduledAt()).isEqualTo(nine.plus(1, ChronoUnit.DAYS));

        model.cancel();
        assertThat(graph.scheduled(FakeGraph.BAKERY)).isEmpty();
        assertThat(select("Hot cross buns on Friday").post().status()).isEqualTo(PostStatus.CANCELLED);
    }

    @Test
    void aNetworkThatCannotHoldPostsOffersNoHandOffAndSaysWhy() {
        model.composer().plan(bluesky, "Grid upgrades, explained", LocalDate.now(clock).plusDays(2), "09:00", ZoneId.of("Europe/Berlin"));
        select("Grid upgrades, explained");

        HandOffChoice choice = model.handOffChoiceProperty().get();
        assertThat(choice.possible()).isFalse();
        assertThat(choice.label()).isEqualTo("Hand to Bluesky");
        assertThat(choice.hint()).isEqualTo("Bluesky cannot hold a post until its time; Scriptorium sends it then, while it runs.");
        model.handOff();
        assertThat(studio.scheduling().posts().list(null, null, PostStatus.ON_PLATFORM)).isEmpty();
        model.selectedProperty().set(null);
        assertThat(model.handOffChoiceProperty().get().possible()).isFalse();
        assertThat(graph.scheduled(FakeGraph.BAKERY)).isEmpty();
    }
}
