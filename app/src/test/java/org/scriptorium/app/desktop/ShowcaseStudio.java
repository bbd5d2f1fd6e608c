package org.scriptorium.app.desktop;

import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A studio as a creator a few weeks in has it, for looking at every area: the demo drafts (one planned), three
 * polled sources with their documents and topics, one topic researched, a Bluesky account (a local fake) with a
 * published post and planned ones. The servers it needs stay up until it is closed.
 */
final class ShowcaseStudio implements AutoCloseable {
    final Newsroom newsroom;
    final FakePds pds;
    TopicSummary researched;
    DraftSummary openDraft;

    private final ShowcaseWeb web;

    private ShowcaseStudio(Newsroom newsroom, FakePds pds) throws java.io.IOException {
        this.newsroom = newsroom;
        this.pds = pds;
        this.web = new ShowcaseWeb();
    }

    static ShowcaseStudio fill(Path dataDir, Clock clock) throws Exception {
        ShowcaseStudio showcase = new ShowcaseStudio(new Newsroom(clock), new FakePds());
        try (Studio studio = Studio.open(dataDir, clock)) {
            showcase.seed(studio, clock);
        }
        return showcase;
    }

    private void seed(Studio studio, Clock clock) throws Exception {
        studio.demo().install();
        List<DraftSummary> drafts = studio.drafts().list(org.scriptorium.core.drafts.DraftFilter.ALL);
        // The welcome draft (the demo's ids are fixed), as the README's screenshot shows it.
        openDraft = drafts.stream().filter(d -> d.id().toString().endsWith("000000000001")).findFirst().orElse(drafts.getFirst());
        // Edited since its first revision, so History has words to show changed.
        String welcome = studio.drafts().get(openDraft.id()).body();
        studio.drafts().saveBody(openDraft.id(), welcome.replace("Everything you type is saved", "Everything you type is kept safe")
                .replace("for a new draft", "to start a new draft"));
        LocalDate today = LocalDate.now(clock);
        studio.drafts().planPublishing(drafts.get(1).id(), today.plusDays(3));

        var research = studio.research();
        for (String url : newsroom.feedUrls()) {
            research.sources().add(NewSource.of(url));
        }
        research.poller().poll(List.of(), Progress.NONE);
        research.discovery().discover(Progress.NONE);
        researched = research.topics().list(org.scriptorium.core.research.topics.TopicFilter.ALL).getFirst();
        research.deepResearch().run(researched.id(), Progress.NONE);
        // Keyword research and a competitor, from a loopback web, before the draft is started (its outline takes the questions).
        research.setDemandServices("local=" + web.suggestions());
        research.competitors().add(web.competitorSitemap(), "Loom Weekly");
        research.competitorWatcher().checkAll(() -> false);
        research.keywords().run(researched.id(), "us-en", List.of("virtual threads"), () -> false);

        Account account = pds.connect(studio.publishing());
        var scheduling = studio.scheduling();
        // Written from the researched topic's draft, with the account's links tagged for the topic: Analytics adds it up by
        // draft and by topic, and the link carries its UTM parameters.
        scheduling.tagging().set(account.id(), new org.scriptorium.core.scheduling.LinkTagging.Setting(true, "social",
                org.scriptorium.core.scheduling.LinkTagging.Campaign.TOPIC));
        var fromTopic = research.topicDrafts().startDraft(researched.id());
        var published = scheduling.plan(account, fromTopic.id(), "Virtual threads are the default for servers in Java 25. What we measured "
                + "on two cores: https://example.com/virtual-threads", List.of(), null, null);
        scheduling.sendNow(published.id());
        scheduling.engine().tick();
        // What it did so far, as Bluesky counts it (read through the real client from the local server).
        String uri = scheduling.posts().get(published.id()).platformPostId();
        pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {48, 7, 12, 3});
        studio.analytics().refresh(null, false, () -> false);
        var zone = clock.getZone();
        scheduling.plan(account, drafts.get(1).id(), "Protected bike lanes are coming downtown. Four streets, construction in spring.",
                List.of(), null, PlannedTime.of(today.plusDays(1).atTime(9, 0), zone));
        scheduling.plan(account, null, "Keeping a sourdough starter alive while you travel: three tricks that work.",
                List.of(), null, PlannedTime.of(today.plusDays(2).atTime(17, 30), zone));
        scheduling.plan(account, null, "A week of notes on local-first software, and why sync is the hard part.",
                List.of(), null, PlannedTime.of(today.plusDays(4).atTime(12, 15), zone));
        // A second network, so the calendar and the composer show posts and accounts told apart by their marks.
        Account mastodon = studio.publishing().accounts().save(new Account(null, org.scriptorium.core.accounts.Network.MASTODON, "Ana Lima",
                "@ana@fosstodon.example", "ana-1", java.net.URI.create("https://fosstodon.example"), null, List.of("write:statuses"),
                null, org.scriptorium.core.accounts.AccountStatus.CONNECTED, null, null));
        scheduling.plan(mastodon, drafts.get(1).id(), "Four downtown streets get protected bike lanes next spring; the plan, street by street.",
                List.of(), null, PlannedTime.of(today.plusDays(1).atTime(12, 0), zone));
    }

    /** Remembers a returning user's window: past the welcome, the first demo draft open, at this size. */
    void rememberWindow(Path dataDir, int width, int height, String theme) throws Exception {
        Files.writeString(dataDir.resolve("ui-state.json"), """
                {"welcomed": true, "theme": "%s", "width": %d, "height": %d, "openDraftId": "%s"}
                """.formatted(theme, width, height, openDraft.id()));
    }

    @Override
    public void close() {
        try {
            newsroom.close();
        } catch (Exception ignored) {
            // a test server that is already down
        }
        pds.close();
        web.close();
    }
}
