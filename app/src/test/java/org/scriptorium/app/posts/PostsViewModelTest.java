package org.scriptorium.app.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostsViewModelTest {
    @TempDir
    Path dataDir;
    private final Clock clock = TestStudios.runningFrom(java.time.ZonedDateTime.of(2027, 1, 8, 10, 17, 0, 0, ZoneId.of("Europe/Berlin")));

    @Test
    void theComposerCountsAsTheChosenAccountsNetworkWhileTyping() throws Exception {
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account bluesky = pds.connect(studio.publishing());
            PostsViewModel model = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
            PostComposerViewModel composer = model.composer();
            composer.textProperty().set("Doors open at nine");
            assertThat(composer.countProperty().get()).isEmpty(); // no account yet: nothing to count against
            assertThat(composer.preview()).isNull();

            composer.accountChosen(bluesky);
            assertThat(composer.countProperty().get()).isEqualTo("18 / 300");
            assertThat(composer.fitsProperty().get()).isTrue();
            // One character past the network's room is over, and says so before Plan is pressed.
            composer.textProperty().set("x".repeat(301));
            assertThat(composer.countProperty().get()).isEqualTo("301 / 300");
            assertThat(composer.fitsProperty().get()).isFalse();
            assertThat(composer.preview().segments()).isNotEmpty();
        }
    }

    @Test
    void linksAreTaggedPerAccountAsTheyWillGoOutAndThePreviewAndCountsShowIt() throws Exception {
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account bluesky = pds.connect(studio.publishing());
            Account mastodon = studio.publishing().accounts().save(new Account(null, org.scriptorium.core.accounts.Network.MASTODON, "Ana Lima",
                    "@ana@fosstodon.example", "ana-1", java.net.URI.create("https://fosstodon.example"), null, List.of("write:statuses"),
                    null, org.scriptorium.core.accounts.AccountStatus.CONNECTED, null, null));
            var tagging = studio.scheduling().tagging();
            tagging.set(bluesky.id(), new org.scriptorium.core.scheduling.LinkTagging.Setting(true, "social",
                    org.scriptorium.core.scheduling.LinkTagging.Campaign.DRAFT)); // Mastodon leaves its links as written
            var draft = studio.drafts().create(new NewDraft("Harbour cranes at night", "", DraftStatus.DRAFT, List.of()));
            PostsViewModel model = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
            model.load();
            PostComposerViewModel composer = model.composer();
            composer.startFromDraft(draft.id(), draft.title(), "");
            composer.choose(model.accounts().stream().filter(a -> a.id().equals(bluesky.id())).findFirst().orElseThrow(), true);
            composer.choose(model.accounts().stream().filter(a -> a.id().equals(mastodon.id())).findFirst().orElseThrow(), true);
            String written = "Cranes at night: https://example.com/cranes";
            composer.textProperty().set(written);

            String tagged = "Cranes at night: https://example.com/cranes?utm_source=bluesky&utm_medium=social&utm_campaign=harbour-cranes-night";
            composer.previewAsProperty().set(composer.chosen().stream().filter(a -> a.id().equals(bluesky.id())).findFirst().orElseThrow());
            assertThat(composer.tagsNoteProperty().get()).contains("utm_source=bluesky").contains("utm_campaign=harbour-cranes-night");
            assertThat(String.join("", composer.preview().segments().stream().map(seg -> seg.written()).toList())).isEqualTo(tagged);
            // Bluesky counts the link as it goes out; Mastodon counts any link as 23.
            assertThat(composer.counts()).extracting(ComposerCounts.NetworkCount::text)
                    .containsExactly("40 / 500", tagged.length() + " / 300");
            composer.previewAsProperty().set(composer.chosen().stream().filter(a -> a.id().equals(mastodon.id())).findFirst().orElseThrow());
            assertThat(composer.tagsNoteProperty().get()).isEmpty();

            composer.plan(List.copyOf(composer.chosen()), written, LocalDate.of(2027, 1, 9), "09:00", ZoneId.of("Europe/Berlin"));
            assertThat(studio.scheduling().posts().list(null, null, null)).extracting(p -> p.accountId().equals(bluesky.id()) ? "b:" + p.text() : "m:" + p.text())
                    .containsExactlyInAnyOrder("b:" + tagged, "m:" + written);
        }
    }

    @Test
    void oneTextGoesToSeveralAccountsEachCheckedAgainstItsOwnNetwork() throws Exception {
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account bluesky = pds.connect(studio.publishing());
            Account mastodon = studio.publishing().accounts().save(new Account(null, org.scriptorium.core.accounts.Network.MASTODON, "Ana Lima",
                    "@ana@fosstodon.example", "ana-1", java.net.URI.create("https://fosstodon.example"), null, List.of("write:statuses"),
                    null, org.scriptorium.core.accounts.AccountStatus.CONNECTED, null, null));
            PostsViewModel model = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
            model.load();
            PostComposerViewModel composer = model.composer();
            composer.choose(model.accounts().stream().filter(a -> a.id().equals(bluesky.id())).findFirst().orElseThrow(), true);
            composer.choose(model.accounts().stream().filter(a -> a.id().equals(mastodon.id())).findFirst().orElseThrow(), true);

            // 400 characters: room on Mastodon (500), not on Bluesky (300); each network's count says which.
            composer.textProperty().set("x".repeat(400));
            assertThat(composer.counts()).extracting(ComposerCounts.NetworkCount::text, ComposerCounts.NetworkCount::fits)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("400 / 500", true), org.assertj.core.groups.Tuple.tuple("400 / 300", false));
            assertThat(composer.countProperty().get()).isEqualTo("Mastodon 400 / 500 · Bluesky 400 / 300");
            assertThat(composer.fitsProperty().get()).isFalse();
            composer.previewAsProperty().set(composer.chosen().get(1));
            assertThat(composer.platformProperty().get()).isEqualTo(org.scriptorium.core.writing.social.Platform.MASTODON);

            // Planned anyway: refused before anything is stored, naming the network that would refuse it.
            composer.plan(List.copyOf(composer.chosen()), composer.textProperty().get(), LocalDate.of(2027, 1, 9), "09:00", ZoneId.of("Europe/Berlin"));
            assertThat(model.messageProperty().get()).contains("Nothing was planned").contains("Bluesky (");
            assertThat(studio.scheduling().posts().list(null, null, null)).isEmpty();
            assertThat(composer.textProperty().get()).hasSize(400); // the text is kept to be shortened

            composer.textProperty().set("Doors open at nine.");
            composer.planAsWritten();
            assertThat(studio.scheduling().posts().list(null, null, null))
                    .extracting(ScheduledPost::accountId).containsExactlyInAnyOrder(bluesky.id(), mastodon.id());
            assertThat(studio.scheduling().posts().list(null, null, null)).extracting(ScheduledPost::text).containsOnly("Doors open at nine.");
            assertThat(model.messageProperty().get()).startsWith("Planned for").contains("on 2 accounts");

            // A disconnected account drops out of those chosen.
            studio.publishing().accounts().remove(mastodon.id());
            model.load();
            assertThat(composer.chosen()).extracting(Account::id).containsExactly(bluesky.id());
        }
    }

    @Test
    void aPostStartedFromADraftIsComposedFromItAndStaysLinkedToIt() throws Exception {
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account account = pds.connect(studio.publishing());
            var draft = studio.drafts().create(new NewDraft("Why the grid upgrade is late",
                    "Transformers take two years to arrive. Crews are booked out until spring.", DraftStatus.DRAFT, List.of()));
            PostsViewModel model = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);

            model.composer().startFromDraft(draft.id(), draft.title(), draft.body());
            assertThat(model.composer().sourceProperty().get()).contains("Why the grid upgrade is late");
            assertThat(model.composer().textProperty().get()).contains("Why the grid upgrade is late").contains("Transformers");

            model.composer().setDraftImages(studio.images()::postImages);
            model.composer().addDraftImages();
            assertThat(model.messageProperty().get()).contains("no images yet");
            studio.images().cover(draft.id(), org.scriptorium.core.images.ImageSize.LINKEDIN);
            model.composer().addDraftImages();
            model.composer().addDraftImages(); // twice: still one
            assertThat(model.composer().media()).singleElement().satisfies(i -> assertThat(i.altTextProperty().get()).contains("Why the grid upgrade is late"));
            model.composer().media().getFirst().altTextProperty().set("A title card: Why the grid upgrade is late");
            model.composer().firstCommentProperty().set("Typed while LinkedIn was chosen");
            model.composer().accountChosen(account); // Bluesky has no first comment: the field hides and its text is not sent
            assertThat(model.composer().firstCommentAllowedProperty().get()).isFalse();
            model.composer().textProperty().set("Grid upgrade: why it is late, in short.");
            model.composer().plan(account, model.composer().textProperty().get(), LocalDate.now(clock).plusDays(2), "09:00", ZoneId.of("Europe/Berlin"));

            List<ScheduledPost> planned = studio.scheduling().posts().list(null, null, null);
            assertThat(planned).singleElement().satisfies(p -> {
                assertThat(p.draftId()).isEqualTo(draft.id());
                assertThat(p.text()).isEqualTo("Grid upgrade: why it is late, in short.");
                assertThat(p.firstComment()).isNull();
                assertThat(p.media()).singleElement().satisfies(m -> {
                    assertThat(m.altText()).isEqualTo("A title card: Why the grid upgrade is late");
                    assertThat(m.file()).exists();
                });
            });
            assertThat(model.composer().textProperty().get()).isEmpty(); // ready for the next one
            assertThat(model.composer().media()).isEmpty();
            assertThat(model.messageProperty().get()).startsWith("Planned for");
        }
    }
}
